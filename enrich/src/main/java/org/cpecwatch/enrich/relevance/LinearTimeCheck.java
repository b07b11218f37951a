package org.cpecwatch.enrich.relevance;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Refuses, when a ruleset loads, a concept whose matching time grows faster than the text: java.util.regex
 * backtracks, so {@code (?:\w+\s?){1,40}Q} takes ages on a sentence of a hundred chars. The concept is run over texts
 * built to slow such patterns down (long runs of one char or of a few, and of each word the pattern repeats) within
 * the {@link ReadBudget} an article gives it. Passing is no proof, as texts of other shapes may still slow it down;
 * the budget at run time is what bounds those.
 *
 * <p>RE2/J would match in linear time, but not the look-arounds the shipped concepts use, and whether RE2/J accepts a
 * pattern says nothing about how java.util.regex, which does the matching, runs it.
 */
final class LinearTimeCheck {

    /** Long enough for a quadratic pattern to read each char well over {@link ReadBudget#READS_PER_CHAR} times. */
    private static final int PROBE_LENGTH = 8_000;
    private static final List<String> SHAPES = List.of("a", " ", "a ", "ab, ", "1", "a.", "a\n", "-", "a-");
    /** Every load of the shipped ruleset asks again about the same patterns: keyed by source and flags. */
    private static final Map<String, Optional<String>> VERDICTS = new ConcurrentHashMap<>();

    private LinearTimeCheck() {
    }

    static void requireLinear(String concept, Pattern pattern) {
        Optional<String> problem = VERDICTS.computeIfAbsent(pattern.flags() + "/" + pattern.pattern(),
                key -> problem(pattern));
        if (problem.isPresent()) {
            throw new IllegalArgumentException("concept " + concept + " " + problem.get()
                    + "; bound its repetitions (\\w{1,30} rather than \\w+) or anchor them at a word start (\\b)");
        }
    }

    private static Optional<String> problem(Pattern pattern) {
        for (String shape : shapes(pattern)) {
            String probe = shape.repeat(PROBE_LENGTH / shape.length());
            Matcher matcher = pattern.matcher(MeteredText.whole(probe, ReadBudget.forText("", probe.length())));
            try {
                while (matcher.find()) {
                    // Every match, as a mention counted without a limit would ask for.
                }
            } catch (ReadBudget.Exceeded e) {
                return Optional.of("is refused: its matching time grows faster than the text (over "
                        + ReadBudget.READS_PER_CHAR + " reads per char on " + describe(shape, probe) + ")");
            } catch (StackOverflowError e) {
                return Optional.of("is refused: matching " + describe(shape, probe) + " overflows the stack");
            }
        }
        return Optional.empty();
    }

    private static Set<String> shapes(Pattern pattern) {
        Set<String> shapes = new LinkedHashSet<>(SHAPES);
        for (String w : RepeatedWords.of(pattern.pattern())) {
            shapes.add(w + " ");
            shapes.add(w);
        }
        return shapes;
    }

    private static String describe(String shape, String probe) {
        return probe.length() + " chars of \"" + shape.replace("\n", "\\n") + "\" repeated";
    }
}
