package org.cpecwatch.enrich.relevance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cpecwatch.testkit.Seeds;
import org.junit.jupiter.api.Test;

/** The hand-written splitter against the regex it replaced. */
class SentencesTest {

    private static final Pattern BOUNDARY = Pattern.compile("(?<=[.!?])\\s+|\\n+");

    static List<Sentences.Sentence> byRegex(String text) {
        List<Sentences.Sentence> sentences = new ArrayList<>();
        Matcher m = BOUNDARY.matcher(text);
        int start = 0;
        while (m.find()) {
            trimmed(text, start, m.start(), sentences);
            start = m.end();
        }
        trimmed(text, start, text.length(), sentences);
        return sentences;
    }

    private static void trimmed(String text, int start, int end, List<Sentences.Sentence> into) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            into.add(new Sentences.Sentence(start, end));
        }
    }

    @Test
    void shouldSplitTheSeedsAsTheRegexDid() {
        for (String name : Seeds.names()) {
            String text = Seeds.text(name);
            assertEquals(byRegex(text), Sentences.of(text), name);
        }
    }

    @Test
    void shouldSplitRandomTextAsTheRegexDid() {
        Random random = new Random(7);
        char[] alphabet = {'a', 'Z', ' ', ' ', '.', '!', '?', '\n', '\n', '\t', '\r', '\f', '\u000B', '\u00A0', '\u2028', ','};
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String s = text.toString();
            assertEquals(byRegex(s), Sentences.of(s), () -> "for [" + s.replace("\n", "\\n") + "]");
        }
    }
}
