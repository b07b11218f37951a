package org.cpecwatch.enrich.errors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.apache.kafka.streams.processor.TaskId;
import org.cpecwatch.schemas.avro.DeadLetter;
import org.cpecwatch.schemas.deadletter.DeadLetterRecords;
import org.cpecwatch.schemas.topic.Topics;
import org.junit.jupiter.api.Test;

class OversizeRecordHandlerTest {

    /** Where the failed record came from, as Streams tells it. */
    private record Source(String topic, int partition, long offset, Headers headers, String processorNodeId,
                          TaskId taskId, long timestamp, byte[] sourceRawKey, byte[] sourceRawValue)
            implements ErrorHandlerContext {
    }

    private final Source source = new Source(Topics.RAW, 2, 41L, new RecordHeaders(), "enrich-article",
            new TaskId(0, 2), 1_700_000_000_000L, bytes("id"), bytes("the raw article"));
    private final ProducerRecord<byte[], byte[]> tooLarge = new ProducerRecord<>(Topics.ENRICHED, bytes("id"), new byte[16]);

    @Test
    void shouldDeadLetterTheRawArticleOfARecordTooLargeToWriteAndGoOn() {
        ProductionExceptionHandler.Response response = new OversizeRecordHandler()
                .handleError(source, tooLarge, new RecordTooLargeException("too large"));

        assertEquals(ProductionExceptionHandler.Result.RESUME, response.result());
        List<ProducerRecord<byte[], byte[]>> letters = response.deadLetterQueueRecords();
        assertEquals(1, letters.size());
        assertEquals(Topics.DEAD_LETTERS, letters.get(0).topic());
        DeadLetter letter = DeadLetterRecords.read(letters.get(0).value());
        assertArrayEquals(bytes("the raw article"), bytes(letter.getOriginalValue()));
        assertEquals(41L, letter.getSourceOffset());
        assertEquals(RecordTooLargeException.class.getName(), letter.getErrorClass());
    }

    @Test
    void shouldLeaveEveryOtherErrorToFailAsBefore() {
        ProductionExceptionHandler.Response response = new OversizeRecordHandler()
                .handleError(source, tooLarge, new TimeoutException("broker away"));

        assertEquals(ProductionExceptionHandler.Result.FAIL, response.result());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(java.nio.ByteBuffer buffer) {
        byte[] copy = new byte[buffer.remaining()];
        buffer.duplicate().get(copy);
        return copy;
    }
}
