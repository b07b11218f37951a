package org.cpecwatch.enrich.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class SentencesTest {

    private static List<String> texts(String text) {
        return Sentences.of(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void shouldEndASentenceAtAFullStopBeforeWhitespace() {
        assertEquals(List.of("Two were killed.", "Police came!", "Why?", "Then."),
                texts("Two were killed. Police came!  Why?\tThen."));
    }

    @Test
    void shouldEndASentenceAtALineBreakSinceHeadlinesHaveNoFullStop() {
        assertEquals(List.of("Blast near Karachi airport", "Two Chinese were killed."),
                texts("Blast near Karachi airport\n\nTwo Chinese were killed."));
    }

    @Test
    void shouldNotEndASentenceAtTitlesOrInitials() {
        assertEquals(List.of("Lt. Gen. Rahul Singh met Dr. A. Khan and Mr. Li."),
                texts("Lt. Gen. Rahul Singh met Dr. A. Khan and Mr. Li."));
    }

    @Test
    void shouldNotEndASentenceAtADottedAcronym() {
        assertEquals(List.of("The U.S. State Department, i.e. its spokesman, spoke."),
                texts("The U.S. State Department, i.e. its spokesman, spoke."));
    }

    @Test
    void shouldHoldAnAbbreviatedMonthOrNumberSignToTheNumberAfterIt() {
        assertEquals(List.of("The blast on Nov. 14 hit bus No. 5 and cost Rs. 900.", "It was in Nov.", "Police came."),
                texts("The blast on Nov. 14 hit bus No. 5 and cost Rs. 900. It was in Nov. Police came."));
    }

    @Test
    void shouldEndASentenceAfterPmOnlyBeforeACapital() {
        assertEquals(List.of("It was 11 p.m.", "He left at 9 a.m. on Monday."),
                texts("It was 11 p.m. He left at 9 a.m. on Monday."));
    }

    @Test
    void shouldKeepADatelineWithTheLeadSentence() {
        assertEquals(List.of("KARACHI, Nov. 7 (APP): Two were killed.", "Police came."),
                texts("KARACHI, Nov. 7 (APP): Two were killed. Police came."));
    }

    @Test
    void shouldEndASentenceAtALineBreakEvenAfterAnAbbreviation() {
        assertEquals(List.of("He met Dr.", "Khan"), texts("He met Dr.\nKhan"));
    }

    @Test
    void shouldSplitTwoSentencesAScraperRanTogetherButNotAnAcronymOrADomain() {
        assertEquals(List.of("It rose by a day.", "He left.", "Then."), texts("It rose by a day.He left. Then."));
        assertEquals(List.of("The U.S.Army and Dawn.com met at 9 a.m.Then left."),
                texts("The U.S.Army and Dawn.com met at 9 a.m.Then left."));
    }

    @Test
    void shouldSplitEveryHandCheckedPassageWhereItsReaderDid() throws IOException {
        for (String line : handChecked()) {
            String[] parts = line.split(" \\|\\| ");
            assertEquals(List.of(parts), texts(String.join(" ", parts)), line);
        }
    }

    private static List<String> handChecked() throws IOException {
        try (InputStream in = SentencesTest.class.getResourceAsStream("/language/hand-checked-sentences.txt")) {
            List<String> lines = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line);
                }
            }
            return lines;
        }
    }
}
