package org.cpecwatch.schemas.serde;

import java.util.Map;

import io.apicurio.registry.serde.avro.AvroKafkaDeserializer;
import io.apicurio.registry.serde.avro.AvroKafkaSerializer;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Kafka serde for the Confluent wire format through Apicurio's registry serdes: magic byte 0, the 4-byte schema id
 * (the registry's content id, the Confluent-compatible API's schema id), then the Avro binary datum. Writes register
 * the schema under {@code <topic>-value} on first use. Reads take both formats, told apart by the first byte, so a
 * topic written before the switch to registry mode stays readable.
 */
final class RegistrySerde<T extends SpecificRecord> implements Serde<T>, Serializer<T>, Deserializer<T> {

    static final byte MAGIC = 0;

    private final AvroSerde<T> singleObject;
    private final AvroKafkaSerializer<T> writer = new AvroKafkaSerializer<>();
    private final AvroKafkaDeserializer<T> reader = new AvroKafkaDeserializer<>();

    RegistrySerde(AvroSerde<T> singleObject, Map<String, Object> settings) {
        this.singleObject = singleObject;
        writer.configure(settings, false);
        reader.configure(settings, false);
    }

    @Override
    public byte[] serialize(String topic, T data) {
        if (data == null) {
            return null;
        }
        try {
            return writer.serialize(topic, data);
        } catch (RuntimeException e) {
            throw new SerializationException("cannot write " + singleObject.schema().getName() + " to topic " + topic
                    + " through the schema registry: " + e.getMessage(), e);
        }
    }

    /** The id travels in the payload, never in headers (the Confluent format has none). */
    @Override
    public byte[] serialize(String topic, Headers headers, T data) {
        return serialize(topic, data);
    }

    @Override
    public T deserialize(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        if (data.length == 0 || data[0] != MAGIC) {
            return singleObject.deserialize(topic, data);
        }
        try {
            return reader.deserialize(topic, data);
        } catch (RuntimeException e) {
            throw new SerializationException("not a readable " + singleObject.schema().getName() + " record on topic "
                    + topic + " (" + data.length + " bytes, registry format): " + e.getMessage(), e);
        }
    }

    @Override
    public T deserialize(String topic, Headers headers, byte[] data) {
        if (data != null && data.length > 0 && data[0] != MAGIC) {
            return singleObject.deserialize(topic, headers, data);
        }
        return deserialize(topic, data);
    }

    @Override
    public Serializer<T> serializer() {
        return this;
    }

    @Override
    public Deserializer<T> deserializer() {
        return this;
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        // Configured completely by its constructor.
    }

    @Override
    public void close() {
        writer.close();
        reader.close();
    }
}
