package org.cpecwatch.enrich.stories;

import java.nio.ByteBuffer;
import java.util.Optional;

import org.cpecwatch.schemas.avro.StoryEntry;

/** Between the stored record and the matcher's view of an article: arrays packed as big-endian bytes. */
final class StoryEntries {

    private StoryEntries() {
    }

    static StoryEntry of(StoryFacts facts, long[] indexed, String storyId, Double similarity, long sequence) {
        return StoryEntry.newBuilder()
                .setArticleId(facts.articleId())
                .setStoryId(storyId)
                .setSimilarity(similarity)
                .setPublishedDate(facts.published().map(Object::toString).orElse(null))
                .setSequence(sequence)
                .setSignature(ints(facts.signature().map(MinHashSignature::values).orElse(new int[0])))
                .setFeatures(longs(facts.features().values()))
                .setIndexed(longs(indexed))
                .setPeople(longs(facts.people().values()))
                .build();
    }

    static KnownArticle known(StoryEntry entry) {
        int[] signature = ints(entry.getSignature());
        StoryFacts facts = new StoryFacts(entry.getArticleId(),
                signature.length == 0 ? Optional.empty() : Optional.of(new MinHashSignature(signature)),
                new FeatureHashes(longs(entry.getFeatures())), new FeatureHashes(longs(entry.getPeople())),
                StoryFingerprinter.day(entry.getPublishedDate()));
        return new KnownArticle(facts, entry.getStoryId(), entry.getSequence());
    }

    /** The features the entry put into posting lists when it arrived: what leaving the window takes out again. */
    static long[] indexed(StoryEntry entry) {
        return longs(entry.getIndexed());
    }

    private static ByteBuffer ints(int[] values) {
        ByteBuffer buffer = ByteBuffer.allocate(values.length * Integer.BYTES);
        buffer.asIntBuffer().put(values);
        return buffer;
    }

    private static int[] ints(ByteBuffer bytes) {
        int[] values = new int[bytes.remaining() / Integer.BYTES];
        bytes.duplicate().asIntBuffer().get(values);
        return values;
    }

    private static ByteBuffer longs(long[] values) {
        ByteBuffer buffer = ByteBuffer.allocate(values.length * Long.BYTES);
        buffer.asLongBuffer().put(values);
        return buffer;
    }

    private static long[] longs(ByteBuffer bytes) {
        long[] values = new long[bytes.remaining() / Long.BYTES];
        bytes.duplicate().asLongBuffer().get(values);
        return values;
    }
}
