package org.cpecwatch.schemas.serde;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Collection;
import java.util.Map;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.message.SchemaStore;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Kafka serde for Avro records in single-object encoding: a 10-byte header (marker and the writer schema's
 * fingerprint) then the binary datum. Readers resolve any older writer schema they know, so no registry is needed.
 */
public final class AvroSerde<T> implements Serde<T>, Serializer<T>, Deserializer<T> {

    private final Schema schema;
    private final BinaryMessageEncoder<T> encoder;
    private final BinaryMessageDecoder<T> decoder;

    public AvroSerde(GenericData model, Schema schema, Collection<Schema> olderWriterSchemas) {
        this.schema = schema;
        SchemaStore.Cache known = new SchemaStore.Cache();
        olderWriterSchemas.forEach(known::addSchema);
        this.encoder = new BinaryMessageEncoder<>(model, schema);
        this.decoder = new BinaryMessageDecoder<>(model, schema, known);
    }

    /** Serde for a generated record class, reading every older version listed in its schema history. */
    public static <T extends SpecificRecord> AvroSerde<T> forSpecific(Class<T> type) {
        SpecificData model = SpecificData.getForClass(type);
        Schema schema = model.getSchema(type);
        return new AvroSerde<>(model, schema, SchemaHistory.olderVersionsOf(schema.getFullName()));
    }

    public Schema schema() {
        return schema;
    }

    @Override
    public byte[] serialize(String topic, T data) {
        if (data == null) {
            return null;
        }
        try {
            ByteBuffer buffer = encoder.encode(data);
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return bytes;
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("cannot encode " + schema.getName() + " for topic " + topic + ": " + e.getMessage(), e);
        }
    }

    @Override
    public T deserialize(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        try {
            return decoder.decode(data);
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("not a readable " + schema.getName() + " record on topic " + topic
                    + " (" + data.length + " bytes): " + e.getMessage(), e);
        }
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
        // Nothing to release: the encoder and decoder hold no resources.
    }
}
