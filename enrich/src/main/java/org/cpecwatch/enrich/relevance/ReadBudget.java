package org.cpecwatch.enrich.relevance;

/**
 * How many chars one concept may read from one article's text: a fixed number of times over, plus a floor for short
 * texts. The shipped concepts read the text at most 18 times over on the dev corpus and under 150 on the texts built
 * to slow them down ({@link LinearTimeCheck}); a concept whose reads grow faster than the text (nested or adjacent
 * unbounded repetitions) soon runs past it. Reads, not time: an article passes or fails whatever the machine's load.
 */
final class ReadBudget {

    static final int READS_PER_CHAR = 1_000;
    private static final long FLOOR = 1_000_000;

    private final String concept;
    private final long limit;
    private long left;

    private ReadBudget(String concept, long limit) {
        this.concept = concept;
        this.limit = limit;
        this.left = limit;
    }

    static ReadBudget forText(String concept, int length) {
        return new ReadBudget(concept, FLOOR + (long) READS_PER_CHAR * length);
    }

    void charge(int reads) {
        left -= reads;
        if (left < 0) {
            throw new Exceeded(concept, limit);
        }
    }

    /** Thrown out of the regex engine, which has no other way to stop: the article fails, the thread is free. */
    static final class Exceeded extends RuntimeException {

        private Exceeded(String concept, long limit) {
            super("concept " + concept + " read more than " + limit + " chars of one text (" + READS_PER_CHAR
                    + " per char): its matching time grows faster than the text", null, false, false);
        }
    }
}
