package org.cpecwatch.enrich.relevance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.cpecwatch.schemas.avro.Category;
import org.cpecwatch.schemas.avro.CategoryTag;
import org.junit.jupiter.api.Test;

class CategoryTaggerTest {

    private final CategoryTagger tagger = new CategoryTagger(RulesetLoader.loadDefault());

    @Test
    void shouldTagAnAttackWithTheSentenceThatShowsIt() {
        String text = "Karachi police said. A suicide bomber attacked a convoy of Chinese engineers near the airport.";

        List<CategoryTag> tags = tagger.tag(text);

        CategoryTag attack = tags.stream().filter(t -> t.getCategory() == Category.ATTACK).findFirst().orElseThrow();
        assertEquals("A suicide bomber attacked a convoy of Chinese engineers near the airport.",
                attack.getEvidence().get(0).getText());
        assertEquals(attack.getEvidence().get(0).getText(),
                text.substring(attack.getEvidence().get(0).getStart(), attack.getEvidence().get(0).getEnd()));
    }

    @Test
    void shouldNameTheMilitantGroupOnlyByItsExactName() {
        assertTrue(tagger.tag("The BLA claimed the attack on the CPEC convoy.").stream()
                .anyMatch(t -> t.getCategory() == Category.MILITANT_GROUP));
        assertTrue(tagger.tag("A tip from China helped the bla bla report.").stream()
                .noneMatch(t -> t.getCategory() == Category.MILITANT_GROUP), "acronyms are case-sensitive");
    }

    @Test
    void shouldTagNothingWithoutAChineseTarget() {
        assertEquals(List.of(), tagger.tag("Militants attacked a police post in Quetta; the CTD arrested two suspects."));
    }
}
