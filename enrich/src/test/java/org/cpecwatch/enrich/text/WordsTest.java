package org.cpecwatch.enrich.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class WordsTest {

    private static int bySplit(String line) {
        return line.isEmpty() ? 0 : line.split("\\s+").length;
    }

    @Test
    void shouldCountLikeSplitOnTheEdgeCases() {
        for (String line : List.of("", " ", "  \t ", "one", " one", "one ", " one two  ", "a\u000Bb\fc\rd",
                "\u00A0nbsp\u00A0is\u00A0not\u00A0a\u00A0regex\u00A0space", "\u2003em space", "x\n\ny")) {
            assertEquals(bySplit(line), Words.count(line), () -> "for [" + line + "]");
        }
    }

    @Test
    void shouldCountLikeSplitOnRandomLines() {
        Random random = new Random(42);
        char[] alphabet = {'a', 'B', ' ', ' ', '\t', '\n', '\u000B', '\f', '\r', '\u00A0', '\u2003', '\u001C', '.'};
        for (int n = 0; n < 20_000; n++) {
            StringBuilder line = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                line.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String s = line.toString();
            assertEquals(bySplit(s), Words.count(s), () -> "for [" + s + "]");
        }
    }
}
