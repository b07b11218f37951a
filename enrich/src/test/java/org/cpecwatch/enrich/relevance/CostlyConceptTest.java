package org.cpecwatch.enrich.relevance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * A concept whose matching time grows faster than the text (nested or adjacent unbounded repetitions) is refused when
 * the ruleset loads, and one that gets past the check cannot hold a stream thread: its article fails instead.
 */
class CostlyConceptTest {

    /** Exponential: every split of a run of words between the repetitions is tried before the missing Q fails. */
    private static final String EXPONENTIAL = "(?:\\w+\\s?){1,40}Q";
    /** Quadratic: each space of a long run starts an attempt that reads the rest of the run. */
    private static final String QUADRATIC = "\\s+Q";
    private static final String SENTENCE = "Officials said the convoy carrying engineers to the port was stopped near "
            + "the town for an hour on Monday";

    @Test
    void shouldRefuseAConceptOfExponentialCostAndNameIt() {
        String message = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThrows(
                IllegalArgumentException.class, () -> load(ruleset("words", EXPONENTIAL))).getMessage());

        assertTrue(message.startsWith("concept words "), message);
        assertTrue(message.contains("grows faster than the text"), message);
    }

    @Test
    void shouldRefuseAConceptOfQuadraticCostAndNameIt() {
        String message = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThrows(
                IllegalArgumentException.class, () -> load(ruleset("spaced", QUADRATIC))).getMessage());

        assertTrue(message.startsWith("concept spaced "), message);
    }

    @Test
    void shouldAcceptTheSameIdeasWrittenToRunInLinearTime() {
        Ruleset ruleset = load(ruleset("words", "\\b(?:\\w{1,30}\\s){1,40}Q"));

        assertEquals(1, new ConceptIndex(ruleset, SENTENCE + " Q.").countUpTo("words", 5));
    }

    @Test
    void shouldFailTheArticleWhenAConceptExceedsItsBudgetAtRunTime() {
        // Built by hand, as if the load check had missed it: the budget is what bounds the stream thread.
        Ruleset checked = load(ruleset("words", "alpha"));
        Map<String, Pattern> concepts = new LinkedHashMap<>(checked.concepts());
        concepts.put("words", Pattern.compile(EXPONENTIAL, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        Ruleset unchecked = new Ruleset(checked.version(), concepts, checked.leadSentences(), checked.rules(),
                checked.categories(), checked.relevantAt(), checked.possiblyRelevantAt(), checked.relevantRequires());

        RuntimeException error = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> assertThrows(
                RuntimeException.class, () -> new ConceptIndex(unchecked, SENTENCE + ".").countUpTo("words", 1)));

        assertTrue(error.getMessage().startsWith("concept words "), error.getMessage());
    }

    private static String ruleset(String concept, String regex) {
        return """
                version: t-1
                concepts:
                  %s: '%s'
                lead_sentences: 1
                rules:
                  - {name: m, description: m, kind: mention, concepts: [%s], weight: 0.1}
                labels: {}
                """.formatted(concept, regex, concept);
    }

    private static Ruleset load(String yaml) {
        return RulesetLoader.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }
}
