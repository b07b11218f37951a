package org.cpecwatch.enrich.relevance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.cpecwatch.enrich.model.ModelFile;
import org.cpecwatch.testkit.Seeds;
import org.junit.jupiter.api.Test;

/** The taggers sharing one concept index give what the per-sentence, per-rule taggers gave, whatever the ruleset. */
class ConceptIndexTest {

    private static final String[] VOCABULARY = {"Chinese", "engineers", "China's", "nationals", "security", "attack",
        "attacked", "Pakistan", "Karachi", "Kabul", "Afghanistan", "India", "BLA", "kidnapped", "threat", "SPU",
        "arrested", "urged", "Beijing", "CPEC", "projects", "the", "of", "said", "foo", "bar", ".", "!", "?", ",",
        "\n", "\n\n", " ", "\t", "(", ")", "-"};

    /** Concepts that see the edges of what they match: look-arounds, anchors, matches across sentence ends. */
    private static final String EDGY = """
            version: edgy-1
            concepts:
              starts: '^\\s*(?:Chinese|China)'
              ends: '(?:Pakistan|Karachi)\\W*$'
              after_space: '(?<=\\s)attack'
              not_before_dot: 'security(?!\\s*\\.)'
              across: 'Chinese[\\s\\S]{0,40}?security'
              word: '\\bBLA\\b'
              any: '.'
              prefixed: '\\b(?:Chinese|China)\\s+(?:nationals|engineers)|(?-i:BLA)|attack(?:ed)?\\W*$'
              looking: 'Chinese(?<=^Chinese)|China(?<=\\bChina)(?!\\S)|Pakistan\\b(?=[^.]*$)|security\\z|Chinese(?<=\\wChinese)'
            lead_sentences: 2
            rules:
              - {name: a, description: a, kind: sentence, concepts: [starts, ends], weight: 0.3, max_count: 2}
              - {name: b, description: b, kind: lead, concepts: [after_space, not_before_dot], weight: 0.3, max_count: 1}
              - {name: c, description: c, kind: sentence, concepts: [across], weight: 0.2, max_count: 5}
              - {name: d, description: d, kind: mention, concepts: [ends], weight: 0.1, max_count: 1}
              - {name: e, description: e, kind: dominates, concepts: [word, starts], weight: -0.2, max_count: 1}
              - {name: f, description: f, kind: dominates, concepts: [any, word], weight: 0.05, max_count: 1}
              - {name: g, description: g, kind: sentence, concepts: [prefixed, ends], weight: 0.1, max_count: 2}
              - {name: h, description: h, kind: dominates, concepts: [prefixed, word], weight: 0.1, max_count: 1}
              - {name: i, description: i, kind: sentence, concepts: [looking], weight: 0.1, max_count: 3}
              - {name: j, description: j, kind: lead, concepts: [looking, prefixed], weight: 0.1, max_count: 1}
              - {name: k, description: k, kind: headline, concepts: [looking], weight: 0.1}
              - {name: l, description: l, kind: share, concepts: [across, ends], unless: [word], weight: 0.1}
              - {name: m, description: m, kind: only, concepts: [prefixed], unless: [ends], weight: 0.1}
            categories:
              - {category: ATTACK, description: x, concept: after_space, target: starts}
              - {category: MILITANT_GROUP, description: x, concept: word, target: across}
              - {category: THREAT_EXTORTION, description: x, concept: not_before_dot, target: ends}
            labels: {relevant_at: 0.3, possibly_relevant_at: 0.1, relevant_requires: [d]}
            """;

    @Test
    void shouldTagTheSeedsAsBeforeWithTheShippedRuleset() {
        Ruleset shipped = RulesetLoader.loadDefault();
        for (String name : Seeds.names()) {
            assertSameAsReference(shipped, Seeds.text(name));
        }
    }

    @Test
    void shouldTagRandomTextAsBeforeWithTheShippedAndAnEdgyRuleset() {
        Ruleset edgy = RulesetLoader.load(new ByteArrayInputStream(EDGY.getBytes(StandardCharsets.UTF_8)));
        Random random = new Random(11);
        for (Ruleset ruleset : List.of(RulesetLoader.loadDefault(), edgy)) {
            for (int n = 0; n < 3_000; n++) {
                assertSameAsReference(ruleset, randomText(random));
            }
        }
    }

    @Test
    void shouldRefuseAnIndexOfAnotherRuleset() {
        Ruleset edgy = RulesetLoader.load(new ByteArrayInputStream(EDGY.getBytes(StandardCharsets.UTF_8)));
        ConceptIndex index = new ConceptIndex(edgy, "text");
        assertThrows(IllegalArgumentException.class,
                () -> new RelevanceTagger(RulesetLoader.loadDefault(), ModelFile.shipped()).tag(index, List.of()));
    }

    private static void assertSameAsReference(Ruleset ruleset, String text) {
        ReferenceFeatures reference = new ReferenceFeatures(ruleset);
        ConceptIndex index = new ConceptIndex(ruleset, text);
        // Relevance first, then categories on the same index, as ArticleReader does.
        List<Feature> rules = RelevanceFeatures.of(index, List.of()).features().subList(0, ruleset.rules().size());
        assertEquals(reference.rules(text), rules, () -> "relevance features of [" + text + "]");
        assertEquals(reference.categories(text), CategoryFeatures.of(index).features(),
                () -> "category features of [" + text + "]");
    }

    private static String randomText(Random random) {
        List<String> words = new ArrayList<>();
        for (int i = random.nextInt(60); i > 0; i--) {
            String word = VOCABULARY[random.nextInt(VOCABULARY.length)];
            words.add(word);
        }
        return String.join(random.nextBoolean() ? " " : "", words);
    }
}
