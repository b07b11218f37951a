package org.cpecwatch.enrich.errors;

import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A record that is not a readable article goes to the dead-letter topic; the stream goes on. */
public final class PoisonRecordHandler implements DeserializationExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(PoisonRecordHandler.class);

    private DeadLetterListener listener = DeadLetterListener.NONE;

    @Override
    public Response handleError(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record, Exception error) {
        LOG.warn("unreadable record {}-{}@{} sent to the dead-letter topic: {}",
                context.topic(), context.partition(), context.offset(), error.getMessage());
        listener.deadLettered(context.topic(), context.partition(), context.offset());
        return Response.resume(List.of(EnrichDeadLetters.of(context, record.key(), record.value(), error)));
    }

    @Override
    public void configure(Map<String, ?> configs) {
        // The dead-letter topic is fixed by Topics; only who hears of a letter is configured.
        listener = DeadLetterListener.from(configs);
    }
}
