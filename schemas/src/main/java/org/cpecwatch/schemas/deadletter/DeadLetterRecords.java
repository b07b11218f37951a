package org.cpecwatch.schemas.deadletter;

import java.nio.ByteBuffer;
import java.time.Instant;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.cpecwatch.schemas.avro.DeadLetter;
import org.cpecwatch.schemas.serde.ArticleSerdes;
import org.cpecwatch.schemas.serde.AvroSerde;
import org.cpecwatch.schemas.topic.Topics;

/**
 * The dead letter for a record a stage gave up on: the original bytes, where they came from and why, keyed by
 * the original key so a fixed record can be replayed onto its topic unchanged.
 */
public final class DeadLetterRecords {

    /** Where a failed record was read from. */
    public record Origin(String topic, int partition, long offset, Headers headers) {
    }

    private static final AvroSerde<DeadLetter> SERDE = ArticleSerdes.deadLetter();

    private DeadLetterRecords() {
    }

    public static ProducerRecord<byte[], byte[]> of(String stage, Origin origin, byte[] key, byte[] value,
                                                    Throwable error, Instant at) {
        DeadLetter letter = DeadLetter.newBuilder()
                .setStage(stage)
                .setSourceTopic(origin.topic())
                .setSourcePartition(origin.partition())
                .setSourceOffset(origin.offset())
                .setOriginalKey(key == null ? null : ByteBuffer.wrap(key))
                .setOriginalValue(value == null ? null : ByteBuffer.wrap(value))
                .setErrorClass(error.getClass().getName())
                .setErrorMessage(String.valueOf(error.getMessage()))
                .setFailedAt(at)
                .build();
        Headers headers = origin.headers() == null ? new RecordHeaders() : new RecordHeaders(origin.headers().toArray());
        return new ProducerRecord<>(Topics.DEAD_LETTERS, null, key, SERDE.serialize(Topics.DEAD_LETTERS, letter), headers);
    }

    public static DeadLetter read(byte[] value) {
        return SERDE.deserialize(Topics.DEAD_LETTERS, value);
    }
}
