package org.cpecwatch.schemas.serde;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;

import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.generic.GenericData;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.message.MissingSchemaException;
import org.apache.avro.message.SchemaStore;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Kafka serde for Avro records in single-object encoding: a 10-byte header (marker and the writer schema's
 * fingerprint) then the binary datum. Readers resolve any older writer schema they know, so no registry is needed.
 *
 * <p>Writers also put their schema (Parsing Canonical Form, about 1.5 KB before compression) in the record header
 * {@value #SCHEMA_HEADER}. A reader that meets a fingerprint it does not know, because the writer is newer, learns
 * the schema from that header and reads on: adding an optional field never stops a consumer that was not upgraded.
 */
public final class AvroSerde<T> implements Serde<T>, Serializer<T>, Deserializer<T> {

    public static final String SCHEMA_HEADER = "cpecwatch.avro.schema";

    private final Schema schema;
    private final byte[] schemaHeader;
    private final SchemaStore.Cache known = new SchemaStore.Cache();
    private final BinaryMessageEncoder<T> encoder;
    private final BinaryMessageDecoder<T> decoder;

    public AvroSerde(GenericData model, Schema schema, Collection<Schema> olderWriterSchemas) {
        this.schema = schema;
        this.schemaHeader = SchemaNormalization.toParsingForm(schema).getBytes(StandardCharsets.UTF_8);
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
    public byte[] serialize(String topic, Headers headers, T data) {
        byte[] bytes = serialize(topic, data);
        if (bytes != null && headers != null) {
            headers.remove(SCHEMA_HEADER).add(SCHEMA_HEADER, schemaHeader);
        }
        return bytes;
    }

    @Override
    public T deserialize(String topic, Headers headers, byte[] data) {
        if (data != null && headers != null) {
            try {
                return decoder.decode(data);
            } catch (MissingSchemaException newerWriter) {
                Header writer = headers.lastHeader(SCHEMA_HEADER);
                if (writer != null) {
                    learn(writer.value());
                }
            } catch (IOException | RuntimeException e) {
                // The plain path below reports it as a SerializationException with the record's details.
            }
        }
        return deserialize(topic, data);
    }

    /** Adds a writer schema seen in a header; a header that does not parse is ignored, the datum then fails clearly. */
    private void learn(byte[] writerSchema) {
        try {
            known.addSchema(new Schema.Parser().parse(new String(writerSchema, StandardCharsets.UTF_8)));
        } catch (RuntimeException unreadableHeader) {
            // Decoding reports the unknown fingerprint, which is the useful message.
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
