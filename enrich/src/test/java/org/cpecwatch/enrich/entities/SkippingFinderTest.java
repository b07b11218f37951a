package org.cpecwatch.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** Skipping positions where no match can start gives the matches find() gives, for NameFinder's two regexes. */
class SkippingFinderTest {

    private static final String WORD = "\\p{Lu}[\\p{Ll}]+(?:[-'’]\\p{Lu}?\\p{Ll}+)?";
    /** NameFinder's CANDIDATE, and its TITLE_BEFORE as it was written before the cue list. */
    private static final Pattern CANDIDATE = Pattern.compile(
            "(?<![\\p{L}-])" + WORD + "(?:[ \\t]+(?:(?:of|ul|al|ud|e|bin|for|and)[ \\t]+)?" + WORD + "){1,3}(?![\\p{L}-])");
    private static final Pattern TITLE_BEFORE = Pattern.compile(
            "(?:\\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Maj|Capt|Justice|Senator|President|Premier|Ambassador|Minister"
                    + "|Governor|Chairman|Commissioner|Secretary|spokesperson|Spokesperson|spokesman|Spokesman"
                    + "|Inspector General|Chief|writes|reports|[Bb]y)\\.?\\s+)$");
    private static final String[] PIECES = {"Ahmad", "Javed", "Qazi", "of", "ul", "bin", "Foreign", "Ministry", "the",
        "Mr", "Mrs", "Dr.", "Inspector General", "By", "by", "writes", "reports", "O’Neil", "Al-Hassan", "Ümit", "İlhan",
        "\uD835\uDC00bc", "x", "-", " ", " ", "\t", "\n", ".", ",", "\u2028", "\u0085", "  "};

    @Test
    void shouldFindWhatFindFinds() {
        Random random = new Random(9);
        int matches = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(14); i >= 0; i--) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
                if (random.nextBoolean()) {
                    text.append(' ');
                }
            }
            String s = text.toString();
            List<String> candidates = byFind(CANDIDATE, s);
            matches += candidates.size();
            assertEquals(candidates, bySkipping(CANDIDATE, s,
                    at -> Character.getType(s.codePointAt(at)) == Character.UPPERCASE_LETTER), s);
            assertEquals(!byFind(TITLE_BEFORE, s).isEmpty(), !bySkipping(TITLE_BEFORE, s,
                    at -> "MDPGLCJSAsIwrBb".indexOf(s.charAt(at)) >= 0).isEmpty(), s);
        }
        assertTrue(matches > 5_000, "the random texts hold candidates: " + matches);
    }

    private static List<String> byFind(Pattern regex, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = regex.matcher(text);
        while (m.find()) {
            found.add(m.start() + "-" + m.end());
        }
        return found;
    }

    private static List<String> bySkipping(Pattern regex, String text, IntPredicate canStartAt) {
        List<String> found = new ArrayList<>();
        SkippingFinder m = new SkippingFinder(regex, text, canStartAt);
        while (m.find()) {
            found.add(m.start() + "-" + m.end());
        }
        return found;
    }
}
