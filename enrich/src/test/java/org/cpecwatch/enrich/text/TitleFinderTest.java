package org.cpecwatch.enrich.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class TitleFinderTest {

    @Test
    void shouldPreferTheFilesOwnTitleWithoutTheSiteSuffix() {
        assertEquals(Optional.of("Security of Chinese nationals reviewed"),
                TitleFinder.find("Security of Chinese nationals reviewed - Pakistan - DAWN.COM", "body"));
    }

    @Test
    void shouldSkipDatelinesAndReadingTimesToFindTheHeadline() {
        String text = "November 14, 2024\n2 mins read\n\nAngry China wants own security in Pakistan to guard its citizens\n\n"
                + "The development comes after the attack.";

        assertEquals(Optional.of("Angry China wants own security in Pakistan to guard its citizens"),
                TitleFinder.find(null, text));
    }

    @Test
    void shouldNotMistakeAFirstParagraphForAHeadline() {
        String text = "ISLAMABAD: The minister said on Monday that security for Chinese engineers would be raised.\n\nMore.";

        assertEquals(Optional.empty(), TitleFinder.find(null, text));
    }
}
