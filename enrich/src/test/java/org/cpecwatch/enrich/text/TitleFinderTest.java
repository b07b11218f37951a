package org.cpecwatch.enrich.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class TitleFinderTest {

    @Test
    void shouldPreferTheFilesOwnTitleWithoutTheSiteSuffix() {
        assertEquals(Optional.of("Security of Chinese nationals reviewed"),
                TitleFinder.find("Security of Chinese nationals reviewed - Pakistan - DAWN.COM", "body"));
    }

    @Test
    void shouldCutTheSuffixOfATitleWithManySpacesInLinearTime() {
        // Every space of the run used to start a match that rescanned the rest of the run: 34 s at 40,000 spaces.
        String title = "Gwadar port traffic on example.com" + " ".repeat(80_000) + "resumes - Pakistan - DAWN.COM";

        Optional<String> found = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> TitleFinder.find(title, "body"));

        assertEquals(Optional.of(title.substring(0, title.indexOf(" - Pakistan"))), found);
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
