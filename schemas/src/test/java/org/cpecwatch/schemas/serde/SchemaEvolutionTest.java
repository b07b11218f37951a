package org.cpecwatch.schemas.serde;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.generic.GenericRecordBuilder;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

class SchemaEvolutionTest {

    private final Schema v1 = load("article-v1.avsc");
    private final Schema v2 = load("article-v2.avsc");

    @Test
    void shouldReadRecordWrittenWithV1UsingV2() {
        AvroSerde<GenericRecord> writer = new AvroSerde<>(GenericData.get(), v1, List.of());
        AvroSerde<GenericRecord> reader = new AvroSerde<>(GenericData.get(), v2, List.of(v1));
        GenericRecord old = new GenericRecordBuilder(v1).set("id", "a1").set("body", "text").build();

        GenericRecord read = reader.deserialize("t", writer.serialize("t", old));

        assertEquals(v2, read.getSchema());
        assertEquals("a1", read.get("id").toString());
        assertEquals("text", read.get("body").toString());
        assertNull(read.get("storyId"), "the new optional field takes its default");
    }

    @Test
    void shouldReadRecordWrittenWithV2UsingV1() {
        AvroSerde<GenericRecord> writer = new AvroSerde<>(GenericData.get(), v2, List.of());
        AvroSerde<GenericRecord> reader = new AvroSerde<>(GenericData.get(), v1, List.of(v2));
        GenericRecord recent = new GenericRecordBuilder(v2).set("id", "a2").set("body", "b").set("storyId", "s").build();

        GenericRecord read = reader.deserialize("t", writer.serialize("t", recent));

        assertEquals("a2", read.get("id").toString());
        assertEquals(v1, read.getSchema());
    }

    @Test
    void shouldRefuseWriterSchemaItDoesNotKnow() {
        AvroSerde<GenericRecord> writer = new AvroSerde<>(GenericData.get(), v1, List.of());
        AvroSerde<GenericRecord> reader = new AvroSerde<>(GenericData.get(), v2, List.of());
        GenericRecord old = new GenericRecordBuilder(v1).set("id", "a1").set("body", "text").build();

        byte[] bytes = writer.serialize("t", old);
        SerializationException e = assertThrows(SerializationException.class, () -> reader.deserialize("t", bytes));
        assertEquals(true, e.getMessage().contains("not a readable Article record on topic t"), e.getMessage());
    }

    @Test
    void shouldLearnANewerWriterSchemaFromTheRecordHeader() {
        AvroSerde<GenericRecord> newerWriter = new AvroSerde<>(GenericData.get(), v2, List.of());
        AvroSerde<GenericRecord> olderReader = new AvroSerde<>(GenericData.get(), v1, List.of());
        GenericRecord recent = new GenericRecordBuilder(v2).set("id", "a3").set("body", "b").set("storyId", "s").build();
        Headers headers = new RecordHeaders();

        byte[] bytes = newerWriter.serialize("t", headers, recent);
        GenericRecord read = olderReader.deserialize("t", headers, bytes);

        assertEquals("a3", read.get("id").toString());
        assertEquals(v1, read.getSchema(), "read with the reader's own schema, the new field projected away");
        assertThrows(SerializationException.class, () -> new AvroSerde<>(GenericData.get(), v1, List.of())
                .deserialize("t", new RecordHeaders(), bytes), "without the header the fingerprint stays unknown");
    }

    private static Schema load(String name) {
        try (InputStream in = SchemaEvolutionTest.class.getResourceAsStream("/evolution/" + name)) {
            return new Schema.Parser().parse(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
