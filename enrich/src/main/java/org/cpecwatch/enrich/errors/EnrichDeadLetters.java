package org.cpecwatch.enrich.errors;

import java.time.Instant;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.cpecwatch.schemas.deadletter.DeadLetterRecords;

/** Dead letters written by enrich, stamped with the failed record's own timestamp so replays stay deterministic. */
final class EnrichDeadLetters {

    static final String STAGE = "enrich";

    private EnrichDeadLetters() {
    }

    static ProducerRecord<byte[], byte[]> of(ErrorHandlerContext context, byte[] key, byte[] value, Exception error) {
        DeadLetterRecords.Origin origin = new DeadLetterRecords.Origin(
                context.topic(), context.partition(), context.offset(), context.headers());
        return DeadLetterRecords.of(STAGE, origin, key, value, error, Instant.ofEpochMilli(context.timestamp()));
    }
}
