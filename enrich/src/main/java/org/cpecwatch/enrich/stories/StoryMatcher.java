package org.cpecwatch.enrich.stories;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * Decides which earlier article, if any, a new article tells the same story as.
 *
 * <p>A near-copy (syndicated text, a reprint with other page furniture) has an estimated shingle Jaccard of at least
 * {@value #NEAR_COPY_JACCARD}, whatever its date: the same text is the same story. A rewrite shares few five-word
 * runs, so it is judged on its weighed features instead, and only when the two were published within
 * {@value #MAX_DAYS_APART} days of each other where both dates are known: a follow-up months later is a new story
 * even when it retells the old one.
 */
final class StoryMatcher {

    /** 0.6: the LSH bands find pairs this close with chance 0.98, and reprints with other page noise stay above it. */
    static final double NEAR_COPY_JACCARD = 0.6;
    /**
     * 0.22, from the seeds and the dev corpus: the two rewrites of the Reuters story score 0.24 to 0.26 whether five
     * or 130 articles were seen before; the closest different stories (reactions to one bombing by different
     * people, a briefing that mentions it) score up to 0.20. The gap is narrow: lower this and stories grow across
     * years through articles without a publication date.
     */
    static final double REWRITE_SIMILARITY = 0.22;
    static final long MAX_DAYS_APART = 7;

    private static final Comparator<StoryMatch> CLOSEST_FIRST = Comparator
            .comparingDouble(StoryMatch::similarity).reversed().thenComparing(StoryMatch::articleId);

    Optional<StoryMatch> bestMatch(StoryFacts article, Collection<KnownArticle> candidates, FeatureWeights weights) {
        return candidates.stream()
                .map(candidate -> match(article, candidate, weights))
                .flatMap(Optional::stream)
                .min(CLOSEST_FIRST);
    }

    /** @param weights weighs {@code article}'s features against the window as it is now */
    Optional<StoryMatch> match(StoryFacts article, KnownArticle candidate, FeatureWeights weights) {
        StoryFacts earlier = candidate.facts();
        if (earlier.articleId().equals(article.articleId())) {
            return Optional.empty();
        }
        double jaccard = article.signature().isPresent() && earlier.signature().isPresent()
                ? article.signature().get().estimateJaccard(earlier.signature().get()) : 0;
        double cosine = weights.cosine(earlier.features());
        double similarity = Math.max(jaccard, cosine);
        if (jaccard >= NEAR_COPY_JACCARD) {
            return Optional.of(new StoryMatch(candidate.storyId(), earlier.articleId(), similarity,
                    StoryMatch.Kind.NEAR_COPY));
        }
        if (cosine >= REWRITE_SIMILARITY && publishedClose(article, earlier) && sameActors(article, earlier)) {
            return Optional.of(new StoryMatch(candidate.storyId(), earlier.articleId(), similarity,
                    StoryMatch.Kind.REWRITE));
        }
        return Optional.empty();
    }

    /**
     * On the day of a big event many articles share its words, places and date, yet the President's condemnation and
     * a senator's are different stories. Who speaks or acts is what tells them apart, and a rewrite keeps the names:
     * when either article names people, the two must name one in common.
     */
    private static boolean sameActors(StoryFacts a, StoryFacts b) {
        return a.people().size() == 0 && b.people().size() == 0 || a.people().sharesAnyWith(b.people());
    }

    private static boolean publishedClose(StoryFacts a, StoryFacts b) {
        if (a.published().isEmpty() || b.published().isEmpty()) {
            return true;
        }
        LocalDate first = a.published().get();
        return Math.abs(ChronoUnit.DAYS.between(first, b.published().get())) <= MAX_DAYS_APART;
    }
}
