package org.cpecwatch.enrich.relevance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import java.util.List;

import org.cpecwatch.schemas.avro.Category;
import org.cpecwatch.schemas.avro.CategoryTag;
import org.junit.jupiter.api.Test;

class RulesetLoaderTest {

    private static final String VALID = """
            version: t-1
            concepts:
              a: alpha
              b: beta
            lead_sentences: 2
            rules:
              - {name: ab, description: both, kind: sentence, concepts: [a, b], weight: 0.5, max_count: 2}
              - {name: a-only, description: alpha, kind: mention, concepts: [a], weight: 0.1, max_count: 1}
            labels: {relevant_at: 0.6, possibly_relevant_at: 0.3, relevant_requires: [a-only]}
            """;

    @Test
    void shouldLoadTheShippedRuleset() {
        Ruleset ruleset = RulesetLoader.loadDefault();

        assertTrue(ruleset.version().startsWith("features-"), ruleset.version());
        assertTrue(ruleset.rules().size() >= 3);
    }

    @Test
    void shouldScoreWithALoadedRuleset() {
        RelevanceTagger tagger = new RelevanceTagger(load(VALID), TestModels.flat().model());

        // Hand-set weights are log-odds: two counted sentences (0.5 each) and the mention (0.1).
        assertEquals(0.750, tagger.tag("Alpha and beta. Alpha beta again. Alpha beta a third time.").getScore());
        assertEquals(0.525, tagger.tag("Alpha alone.").getScore());
    }

    @Test
    void shouldTakeTheModelsWeightWhereTheRulesetSetsNone() {
        Ruleset ruleset = load(VALID.replace(", weight: 0.5", ""));
        RelevanceTagger tagger = new RelevanceTagger(ruleset, TestModels.flat().withRelevanceWeight("ab", 2.0).model());

        assertEquals(0.984, tagger.tag("Alpha and beta. Alpha beta again.").getScore());
    }

    @Test
    void shouldRefuseARuleThatNeitherTheModelNorTheRulesetWeighs() {
        Ruleset ruleset = load(VALID.replace(", weight: 0.5", ""));

        String message = assertThrows(IllegalArgumentException.class,
                () -> new RelevanceTagger(ruleset, TestModels.flat().model())).getMessage();
        assertTrue(message.startsWith("the relevance model has no weight for feature ab"), message);
    }

    @Test
    void shouldRefuseRulesItCannotApplyWithTheExactReason() {
        assertEquals("rule ab uses an unknown concept: c",
                refuse(VALID.replace("concepts: [a, b]", "concepts: [a, c]")));
        assertEquals("rule a-only: a mention rule takes exactly 1 concept(s), not 2",
                refuse(VALID.replace("concepts: [a], weight", "concepts: [a, b], weight")));
        assertEquals("rule ab: kind must be sentence, lead, headline, share, only, mention or dominates",
                refuse(VALID.replace("kind: sentence", "kind: paragraph")));
        assertEquals("labels.relevant_requires names an unknown rule: nope",
                refuse(VALID.replace("relevant_requires: [a-only]", "relevant_requires: [nope]")));
        assertTrue(refuse(VALID.replace("a: alpha", "a: \"(unclosed\"")).startsWith("concept a is not a valid regular expression"));
    }

    @Test
    void shouldNotCountASentenceThatHoldsAnUnlessConcept() {
        RelevanceTagger tagger = new RelevanceTagger(load(VALID.replace("concepts: [a, b], weight", "concepts: [a, b], unless: [c], weight")
                .replace("b: beta", "b: beta\n  c: gamma")), TestModels.flat().model());

        // One counted sentence (0.5) and the mention (0.1): sigmoid(0.6).
        assertEquals(0.646, tagger.tag("Alpha beta. Alpha beta gamma.").getScore());
    }

    @Test
    void shouldTagACategoryOnlyWhereAllItsConceptsMeetWithinItsFirstSentences() {
        // A model that learned no category: each is decided by its rule.
        CategoryTagger tagger = new CategoryTagger(load(VALID.replace("b: beta", "b: beta\n  c: gamma") + """
                categories:
                  - {category: ATTACK, description: early, concepts: [a, b], unless: [c], within_sentences: 2}
                  - {category: THREAT_EXTORTION, description: first layout, concept: a, target: b}
                """), TestModels.flat().model());

        assertEquals(List.of(Category.ATTACK, Category.THREAT_EXTORTION), categories(tagger, "Alpha beta. Other."));
        assertEquals(List.of(Category.THREAT_EXTORTION), categories(tagger, "Alpha beta gamma. Other. Alpha beta."));
        assertEquals(List.of(Category.THREAT_EXTORTION), categories(tagger, "One. Two. Alpha beta."));
    }

    @Test
    void shouldRefuseAComputedFeaturesNameATwiceDefinedCategoryAndNonFiniteNumbers() {
        assertEquals("rule article-length: the name of a feature computed in code",
                refuse(VALID.replace("name: ab,", "name: article-length,")));
        assertEquals("category ATTACK is defined twice", refuse(VALID + """
                categories:
                  - {category: ATTACK, description: d, concepts: [a]}
                  - {category: ATTACK, description: e, concepts: [b]}
                """));
        assertEquals("weight must be a finite number", refuse(VALID.replace("weight: 0.5", "weight: .nan")));
        assertEquals("lead_sentences must not be negative", refuse(VALID.replace("lead_sentences: 2", "lead_sentences: -1")));
    }

    @Test
    void shouldRefuseCategoryAndUnlessConceptsItDoesNotKnow() {
        assertEquals("category ATTACK concepts names an unknown concept: z", refuse(VALID + """
                categories:
                  - {category: ATTACK, description: d, concepts: [a, z]}
                """));
        assertEquals("rule ab unless names an unknown concept: z",
                refuse(VALID.replace("concepts: [a, b], weight", "concepts: [a, b], unless: [z], weight")));
        assertEquals("rule a-only: unless applies to rules that read sentences only",
                refuse(VALID.replace("concepts: [a], weight", "concepts: [a], unless: [b], weight")));
    }

    private static List<Category> categories(CategoryTagger tagger, String text) {
        return tagger.tag(text).stream().map(CategoryTag::getCategory).toList();
    }

    private static Ruleset load(String yaml) {
        return RulesetLoader.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }

    private static String refuse(String yaml) {
        return assertThrows(IllegalArgumentException.class, () -> load(yaml)).getMessage();
    }
}
