package org.cpecwatch.enrich.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.cpecwatch.schemas.avro.EnrichedArticle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class StoryMatcherTest {

    private static final StoryFingerprinter FINGERPRINTER = new StoryFingerprinter(MinHash.standard());
    private static final List<StoryFingerprint> SEEDS = new ArrayList<>();

    private final StoryMatcher matcher = new StoryMatcher();

    @BeforeAll
    static void fingerprintSeeds() {
        for (int i = 0; i < 5; i++) {
            SEEDS.add(FINGERPRINTER.of(StoryProcessorHarness.seed(i)));
        }
    }

    /** Weights as the processor has them when the last seed arrives: the first four indexed, the fifth incoming. */
    private static FeatureWeights weightsFor(StoryFingerprint incoming, List<StoryFingerprint> indexed) {
        return new FeatureWeights(new CountedFrequencies(indexed.stream().map(StoryFingerprint::features).toList()),
                FeatureHashes.of(incoming.features()));
    }

    /** The earlier article as the window stores it. */
    private static KnownArticle known(StoryFingerprint fingerprint) {
        return new KnownArticle(StoryFacts.of(fingerprint), "story-of-" + fingerprint.articleId(), 0);
    }

    private Optional<StoryMatch> match(StoryFingerprint incoming, StoryFingerprint earlier, FeatureWeights weights) {
        return matcher.match(StoryFacts.of(incoming), known(earlier), weights);
    }

    @Test
    void shouldMatchTheReutersRewrite004WithTheEarlierRewrite003() {
        StoryFingerprint incoming = SEEDS.get(4);

        FeatureWeights weights = weightsFor(incoming, SEEDS.subList(0, 4));
        Optional<StoryMatch> match = matcher.bestMatch(StoryFacts.of(incoming), SEEDS.subList(0, 4).stream()
                .map(StoryMatcherTest::known).toList(), weights);

        assertTrue(match.isPresent());
        assertEquals("story-of-" + SEEDS.get(3).articleId(), match.get().storyId());
        assertEquals(StoryMatch.Kind.REWRITE, match.get().kind());
    }

    @Test
    void shouldNotMatchSeed002ThatOnlyMentionsTheSameBombing() {
        StoryFingerprint incoming = SEEDS.get(2);
        List<StoryFingerprint> others = List.of(SEEDS.get(0), SEEDS.get(1), SEEDS.get(3), SEEDS.get(4));

        FeatureWeights weights = weightsFor(incoming, others);
        Optional<StoryMatch> match = matcher.bestMatch(StoryFacts.of(incoming),
                others.stream().map(StoryMatcherTest::known).toList(), weights);

        assertEquals(Optional.empty(), match);
    }

    @Test
    void shouldNotMatchARewritePublishedMoreThanAWeekLater() {
        StoryFingerprint later = withDate(SEEDS.get(4), LocalDate.parse("2024-11-14").plusDays(8));

        Optional<StoryMatch> match = match(later, SEEDS.get(3), weightsFor(later, SEEDS.subList(0, 4)));

        assertEquals(Optional.empty(), match);
    }

    @Test
    void shouldMatchANearCopyWhateverItsDate() {
        EnrichedArticle reprint = EnrichedArticle.newBuilder(StoryProcessorHarness.seed(1)).setId("reprint")
                .setPublishedDate("2024-06-13").build();
        StoryFingerprint copy = FINGERPRINTER.of(reprint);

        Optional<StoryMatch> match = match(copy, SEEDS.get(1), weightsFor(copy, SEEDS));

        assertEquals(StoryMatch.Kind.NEAR_COPY, match.orElseThrow().kind());
        assertEquals(1.0, match.get().similarity());
    }

    @Test
    void shouldMatchASyndicatedCopyWithOtherPageFurnitureAsANearCopy() {
        EnrichedArticle seed = StoryProcessorHarness.seed(3);
        String text = seed.getCleanText();
        String syndicated = "China seeks own security force in Pakistan\n\nShare on Facebook. Share on X. Subscribe to "
                + "our morning newsletter for the day's top stories from Pakistan and the region.\n\n"
                + text + "\n\nMost read: Rupee closes flat against dollar; "
                + "Gold prices fall for a third day; Karachi weather stays hot and humid this week.";
        StoryFingerprint copy = FINGERPRINTER.of(EnrichedArticle.newBuilder(seed).setId("syndicated")
                .setCleanText(syndicated).build());

        Optional<StoryMatch> match = match(copy, SEEDS.get(3), weightsFor(copy, SEEDS));

        assertEquals(StoryMatch.Kind.NEAR_COPY, match.orElseThrow().kind(), match.toString());
    }

    @Test
    void shouldMatchRewritesThatShareAnIncidentTheirNamesAndLittleElse() {
        StoryFingerprint first = fingerprint("a", "w:blast", "w:engineers", "i:BOMBING:karachi:2024-10",
                "e:CITY:karachi", "e:MILITANT_GROUP:balochistan liberation army", "d:2024-10-06");
        StoryFingerprint second = fingerprint("b", "w:explosion", "w:convoy", "i:BOMBING:karachi:2024-10",
                "e:CITY:karachi", "e:MILITANT_GROUP:balochistan liberation army", "d:2024-10-06");
        List<StoryFingerprint> indexed = List.of(first, fingerprint("c", "w:budget", "e:CITY:karachi"),
                fingerprint("d", "w:cricket", "w:explosion"), fingerprint("e", "w:blast", "w:rupee"));

        Optional<StoryMatch> match = match(second, first, weightsFor(second, indexed));

        assertEquals(StoryMatch.Kind.REWRITE, match.orElseThrow().kind());
    }

    @Test
    void shouldNotMatchTwoReactionsToOneEventByDifferentPeople() {
        StoryFingerprint president = fingerprint("a", "w:condemns", "w:heinous", "i:BOMBING:karachi:2024-10",
                "e:PERSON:asif ali zardari", "d:2024-10-06");
        StoryFingerprint senator = fingerprint("b", "w:condemns", "w:heinous", "i:BOMBING:karachi:2024-10",
                "e:PERSON:syed yousaf raza gilani", "d:2024-10-06");
        List<StoryFingerprint> indexed = List.of(president, fingerprint("c", "w:budget"), fingerprint("d", "w:tax"));

        assertEquals(Optional.empty(), match(senator, president, weightsFor(senator, indexed)));
    }

    @Test
    void shouldNotMatchWhenOnlyOneOfTheArticlesNamesAnyone() {
        StoryFingerprint spokesman = fingerprint("a", "w:firing", "w:investigation", "i:SHOOTING:karachi:2024-11",
                "d:2024-11-05");
        StoryFingerprint primeMinister = fingerprint("b", "w:firing", "w:investigation", "i:SHOOTING:karachi:2024-11",
                "e:PERSON:shehbaz sharif", "d:2024-11-05");
        List<StoryFingerprint> indexed = List.of(spokesman, fingerprint("c", "w:budget"), fingerprint("d", "w:tax"));

        assertEquals(Optional.empty(), match(primeMinister, spokesman, weightsFor(primeMinister, indexed)));
    }

    @Test
    void shouldNeverMatchAnArticleWithItself() {
        assertEquals(Optional.empty(), match(SEEDS.get(3), SEEDS.get(3), weightsFor(SEEDS.get(3), SEEDS)));
    }

    private static StoryFingerprint fingerprint(String id, String... features) {
        return new StoryFingerprint(id, Optional.empty(), Set.of(features), Optional.empty());
    }

    private static StoryFingerprint withDate(StoryFingerprint fingerprint, LocalDate published) {
        return new StoryFingerprint(fingerprint.articleId() + "-later", fingerprint.signature(),
                fingerprint.features(), Optional.of(published));
    }
}
