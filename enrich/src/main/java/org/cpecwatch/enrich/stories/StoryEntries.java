package org.cpecwatch.enrich.stories;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.cpecwatch.schemas.avro.StoryEntry;

/** Between the stored record and the matcher's view of an article. */
final class StoryEntries {

    private StoryEntries() {
    }

    static StoryEntry of(StoryFingerprint fingerprint, String storyId, Double similarity) {
        List<Integer> signature = new ArrayList<>();
        fingerprint.signature().ifPresent(s -> {
            for (int value : s.values()) {
                signature.add(value);
            }
        });
        return StoryEntry.newBuilder()
                .setArticleId(fingerprint.articleId())
                .setStoryId(storyId)
                .setSimilarity(similarity)
                .setPublishedDate(fingerprint.published().map(Object::toString).orElse(null))
                .setSignature(signature)
                .setFeatures(new ArrayList<>(new TreeSet<>(fingerprint.features())))
                .build();
    }

    static KnownArticle known(StoryEntry entry) {
        List<Integer> stored = entry.getSignature();
        Optional<MinHashSignature> signature = Optional.empty();
        if (!stored.isEmpty()) {
            signature = Optional.of(new MinHashSignature(stored.stream().mapToInt(Integer::intValue).toArray()));
        }
        StoryFingerprint fingerprint = new StoryFingerprint(entry.getArticleId(), signature,
                Set.copyOf(entry.getFeatures()), StoryFingerprinter.day(entry.getPublishedDate()));
        return new KnownArticle(fingerprint, entry.getStoryId());
    }
}
