package org.cpecwatch.enrich.errors;

import java.util.List;
import java.util.Map;

import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** An article the enricher throws on goes to the dead-letter topic with its original bytes; the stream goes on. */
public final class EnrichFailureHandler implements ProcessingExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(EnrichFailureHandler.class);

    private DeadLetterListener listener = DeadLetterListener.NONE;

    @Override
    public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception error) {
        LOG.warn("enrich failed on {}-{}@{} (key {}), sent to the dead-letter topic",
                context.topic(), context.partition(), context.offset(), record.key(), error);
        listener.deadLettered(context.topic(), context.partition(), context.offset());
        return Response.resume(List.of(
                EnrichDeadLetters.of(context, context.sourceRawKey(), context.sourceRawValue(), error)));
    }

    @Override
    public void configure(Map<String, ?> configs) {
        // The dead-letter topic is fixed by Topics; only who hears of a letter is configured.
        listener = DeadLetterListener.from(configs);
    }
}
