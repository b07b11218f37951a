package org.cpecwatch.sink.consume;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.cpecwatch.schemas.topic.Topics;
import org.cpecwatch.testkit.HostileInput;

/**
 * The sink's decoder on any bytes under either topic: an item (unreadable when the bytes are not a record of the
 * topic's type), never an exception, and never an allocation the bytes merely claim (Avro lengths). The build replays
 * the committed seeds (RecordDecoderFuzzTestInputs/); to fuzz, {@code JAZZER_FUZZ=1 ./mvnw -pl sink -am test
 * -Dtest=RecordDecoderFuzzTest}.
 */
class RecordDecoderFuzzTest {

    private final RecordDecoder decoder = new RecordDecoder();

    @FuzzTest(maxDuration = "60s")
    void anyRecord(FuzzedDataProvider data) {
        String topic = data.pickValue(new String[] {Topics.ENRICHED, Topics.INCIDENTS, Topics.PROVINCE_WEEKS, "other"});
        String key = data.consumeBoolean() ? null : data.consumeString(80);
        byte[] value = data.consumeBoolean() ? null : data.consumeRemainingAsBytes();
        HostileInput.parse(() -> {
            if (decoder.decode(new ConsumerRecord<>(topic, 0, 0L, key, value)) == null) {
                throw new AssertionError("no item for a record");
            }
        });
    }
}
