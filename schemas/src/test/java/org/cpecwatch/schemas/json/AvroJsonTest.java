package org.cpecwatch.schemas.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.cpecwatch.schemas.avro.RawArticle;
import org.junit.jupiter.api.Test;

class AvroJsonTest {

    @Test
    void shouldWritePlainJsonWithUnwrappedUnionsAndIsoTimestamps() {
        RawArticle raw = RawArticle.newBuilder().setId("k").setSourceFile("f.txt")
                .setIngestedAt(Instant.parse("2024-01-02T03:04:05Z")).setSizeBytes(3).setTitle("T")
                .setBody("b").setMetadata(Map.of("date", "2024-01-01")).build();

        JsonNode json = AvroJson.toNode(raw);

        assertEquals("T", json.get("title").asText());
        assertEquals("2024-01-02T03:04:05Z", json.get("ingestedAt").asText());
        assertEquals("2024-01-01", json.get("metadata").get("date").asText());
        assertEquals(true, json.get("charset").isNull());
        assertEquals(3, json.get("sizeBytes").asInt());
    }
}
