package org.cpecwatch.enrich.errors;

import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A record enrich cannot write because it is larger than the producer and topics allow goes to the dead-letter topic
 * with the raw article it came from, and the stream goes on. Failing instead would end the stream thread, and the
 * thread that replaces it would meet the same article again, for ever. Anything else fails as before: Streams
 * retries what is retriable itself.
 */
public final class OversizeRecordHandler implements ProductionExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(OversizeRecordHandler.class);

    @Override
    public Response handleError(ErrorHandlerContext context, ProducerRecord<byte[], byte[]> record, Exception error) {
        if (!(error instanceof RecordTooLargeException)) {
            return Response.fail();
        }
        LOG.warn("enrich cannot write a record of {} bytes to {} for the article at {}-{}@{}; sent to the dead-letter "
                        + "topic", record.value() == null ? 0 : record.value().length, record.topic(), context.topic(),
                context.partition(), context.offset());
        return Response.resume(List.of(
                EnrichDeadLetters.of(context, context.sourceRawKey(), context.sourceRawValue(), error)));
    }

    @Override
    public void configure(Map<String, ?> configs) {
        // No settings: the dead-letter topic is fixed by Topics.
    }
}
