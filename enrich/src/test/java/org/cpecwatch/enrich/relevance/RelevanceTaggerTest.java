package org.cpecwatch.enrich.relevance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cpecwatch.schemas.avro.Reason;
import org.cpecwatch.schemas.avro.Relevance;
import org.cpecwatch.schemas.avro.RelevanceLabel;
import org.cpecwatch.schemas.avro.Span;
import org.junit.jupiter.api.Test;

class RelevanceTaggerTest {

    private final RelevanceTagger tagger = new RelevanceTagger();

    @Test
    void shouldTagAttackOnChineseEngineersInPakistanAsRelevant() {
        Relevance r = tagger.tag("A suicide bomber attacked a convoy of Chinese engineers near Dasu, Pakistan.");

        assertEquals(RelevanceLabel.RELEVANT, r.getLabel());
        assertEquals(tagger.version(), r.getRulesetVersion());
        assertTrue(r.getRulesetVersion().startsWith(RulesetLoader.loadDefault().version() + "+lr-"), r.getRulesetVersion());
    }

    @Test
    void shouldQuoteEvidenceWithOffsetsIntoTheText() {
        String text = "Police in Karachi said Chinese nationals were safe.";
        Relevance r = tagger.tag(text);

        for (Reason reason : r.getReasons()) {
            for (Span span : reason.getEvidence()) {
                assertEquals(span.getText(), text.substring(span.getStart(), span.getEnd()), reason.getRule());
            }
        }
        assertTrue(r.getReasons().stream().anyMatch(x -> x.getRule().equals("chinese-security-sentence")));
    }

    @Test
    void shouldNotTagPakistaniSecurityNewsWithoutChineseAngleAsRelevant() {
        Relevance r = tagger.tag("Militants attacked a police post in Balochistan, killing three soldiers.");

        assertTrue(r.getLabel() != RelevanceLabel.RELEVANT, r.toString());
    }

    @Test
    void shouldNotTagSportsNewsAtAll() {
        assertEquals(RelevanceLabel.NOT_RELEVANT, tagger.tag("Pakistan won the second Test in Lahore by six wickets.").getLabel());
    }

    @Test
    void shouldLeaveASingleBoilerplateClauseDeepInAReadoutBelowRelevant() {
        String text = "PM meets Chinese business delegation\n\nThe prime minister discussed exports and IT parks. "
                + "Trade figures rose. Both sides praised the friendship. Investment in special zones was reviewed. "
                + "He said Pakistan is committed to the safety and security of Chinese nationals. Talks ended.";

        assertNotEquals(RelevanceLabel.RELEVANT, tagger.tag(text).getLabel());
    }

    @Test
    void shouldNotTagAttackOnChineseOutsidePakistanAsRelevant() {
        Relevance r = tagger.tag("Gunmen attacked Chinese workers at a mine in Tajikistan, killing two. "
                + "Tajikistan police said the Chinese workers were shot near the Afghanistan border.");

        assertTrue(r.getLabel() != RelevanceLabel.RELEVANT, r.toString());
    }
}
