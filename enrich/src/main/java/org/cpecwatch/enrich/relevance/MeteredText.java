package org.cpecwatch.enrich.relevance;

/**
 * A stretch of a text as a char sequence of its own, without copying it, whose reads are charged to a concept's
 * {@link ReadBudget}: the regex engine reads every char through charAt, so no match can outrun the budget.
 */
final class MeteredText implements CharSequence {

    /** Reads are charged in chunks, keeping charAt a count and a compare; a stretch leaves at most one uncharged. */
    private static final int CHUNK = 4_096;

    private final String text;
    private final int start;
    private final int end;
    private final ReadBudget budget;
    private int unchargedReads;

    MeteredText(String text, int start, int end, ReadBudget budget) {
        this.text = text;
        this.start = start;
        this.end = end;
        this.budget = budget;
    }

    static MeteredText whole(String text, ReadBudget budget) {
        return new MeteredText(text, 0, text.length(), budget);
    }

    @Override
    public int length() {
        return end - start;
    }

    @Override
    public char charAt(int index) {
        if (index < 0 || index >= end - start) {
            throw new IndexOutOfBoundsException(index);
        }
        if (++unchargedReads == CHUNK) {
            unchargedReads = 0;
            budget.charge(CHUNK);
        }
        return text.charAt(start + index);
    }

    @Override
    public CharSequence subSequence(int from, int to) {
        return text.substring(start + from, start + to);
    }

    @Override
    public String toString() {
        return text.substring(start, end);
    }
}
