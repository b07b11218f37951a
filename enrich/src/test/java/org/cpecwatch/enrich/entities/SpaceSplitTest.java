package org.cpecwatch.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** The char scan splits as String.split("\\s+") does, leading and trailing whitespace included. */
class SpaceSplitTest {

    @Test
    void shouldSplitAsTheRegexDoes() {
        String chars = "ab \t\n\u000B\f\r\u00A0\u2003.";
        Random random = new Random(9);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder s = new StringBuilder();
            for (int i = random.nextInt(9); i > 0; i--) {
                s.append(chars.charAt(random.nextInt(chars.length())));
            }
            String text = s.toString();
            assertArrayEquals(text.split("\\s+"), SpaceSplit.of(text), () -> "[" + text + "]");
        }
    }
}
