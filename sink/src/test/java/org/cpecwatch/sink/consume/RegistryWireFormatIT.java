package org.cpecwatch.sink.consume;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.DecoderFactory;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Serializer;
import org.cpecwatch.schemas.avro.EnrichedArticle;
import org.cpecwatch.schemas.avro.Incident;
import org.cpecwatch.schemas.avro.RelevanceLabel;
import org.cpecwatch.schemas.kafka.KafkaConnection;
import org.cpecwatch.schemas.serde.ArticleSerdes;
import org.cpecwatch.schemas.serde.RegistrySettings;
import org.cpecwatch.schemas.serde.WireFormat;
import org.cpecwatch.schemas.topic.Topics;
import org.cpecwatch.sink.Articles;
import org.cpecwatch.sink.Incidents;
import org.cpecwatch.testkit.ApicurioRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code --serde registry} against a real Apicurio Registry server: the bytes are the Confluent wire format, the id
 * in them is the one the Confluent-compatible API serves the schema under, and the sink's decoder reads them back.
 */
class RegistryWireFormatIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static ApicurioRegistry registry;

    @BeforeAll
    static void startRegistry() throws Exception {
        registry = ApicurioRegistry.start();
    }

    @AfterAll
    static void stopRegistry() {
        if (registry != null) {
            registry.close();
        }
    }

    @Test
    void shouldWriteTheConfluentWireFormatWithTheSchemaIdOfTheConfluentApiAndDecodeItBack() throws Exception {
        // The same schema under another subject first: its content id stays, the enriched artifact gets a new global
        // id, so only the content id (what Confluent clients call the schema id) can match what was registered here.
        int registeredId = registerThroughConfluentApi("mirror-value", EnrichedArticle.getClassSchema());
        KafkaConnection kafka = connection(Map.of(RegistrySettings.URL, registry.registryUrl()));
        EnrichedArticle article = Articles.article("a-1", RelevanceLabel.RELEVANT, "Chinese engineers attacked near Dasu.");
        RecordHeaders headers = new RecordHeaders();

        byte[] bytes = Topics.enriched(kafka).valueSerde().serializer().serialize(Topics.ENRICHED, headers, article);

        assertEquals(0, bytes[0], "magic byte");
        int id = ByteBuffer.wrap(bytes, 1, 4).getInt();
        assertEquals(registeredId, id, "the content id, not the artifact's global id");
        assertEquals(0, headers.toArray().length, "the Confluent format carries nothing in headers");
        Schema served = new Schema.Parser().parse(JSON.readTree(registry.get("/apis/ccompat/v7/schemas/ids/" + id))
                .get("schema").asText());
        assertEquals(EnrichedArticle.getClassSchema(), served);
        GenericRecord plain = new GenericDatumReader<GenericRecord>(served)
                .read(null, DecoderFactory.get().binaryDecoder(bytes, 5, bytes.length - 5, null));
        assertEquals("a-1", plain.get("id").toString());
        JsonNode subjectVersion = JSON.readTree(registry.get("/apis/ccompat/v7/subjects/articles.enriched-value/versions/latest"));
        assertEquals(id, subjectVersion.get("id").asInt());
        JsonNode artifact = JSON.readTree(registry.get("/apis/registry/v2/groups/default/artifacts/articles.enriched-value/meta"));
        assertNotEquals(id, artifact.get("globalId").asInt(), "the test must tell the two ids apart");

        Item item = RecordDecoder.of(kafka).decode(new ConsumerRecord<>(Topics.ENRICHED, 0, 0L, "a-1", bytes));
        assertEquals(article, item.article());
    }

    @Test
    void shouldDecodeIncidentsAndRecordsWrittenBeforeTheSwitchToTheRegistry() {
        KafkaConnection kafka = connection(Map.of(RegistrySettings.URL, registry.registryUrl()));
        Incident incident = Incidents.karachiAirport("inc-1", List.of("a-1", "a-2"));
        byte[] registryBytes = Topics.incidents(kafka).valueSerde().serializer().serialize(Topics.INCIDENTS, incident);
        EnrichedArticle old = Articles.article("a-0", RelevanceLabel.NOT_RELEVANT, "Written in single-object encoding.");
        byte[] singleObject = ArticleSerdes.enriched().serialize(Topics.ENRICHED, old);
        RecordDecoder decoder = RecordDecoder.of(kafka);

        assertEquals(0, registryBytes[0]);
        assertEquals(incident, decoder.decode(new ConsumerRecord<>(Topics.INCIDENTS, 0, 0L, "inc-1", registryBytes))
                .incident().incident());
        assertEquals(old, decoder.decode(new ConsumerRecord<>(Topics.ENRICHED, 0, 1L, "a-0", singleObject)).article());
        // The default decoder knows no registry: such a record is unreadable there, never misread.
        assertNull(new RecordDecoder().decode(new ConsumerRecord<>(Topics.INCIDENTS, 0, 0L, "inc-1", registryBytes))
                .incident());
    }

    @Test
    void shouldSendTheRegistryLoginOfTheClientConfig() throws Exception {
        // This Apicurio build has no login of its own (that takes Keycloak), so a forwarder in front of the real server
        // records what the serdes send, and passes every request on.
        List<String> authorizations = new CopyOnWriteArrayList<>();
        HttpServer forwarder = forwardingTo(registry.registryUrl().replace("/apis/registry/v2", ""), authorizations);
        try {
            String url = "http://127.0.0.1:" + forwarder.getAddress().getPort() + "/apis/registry/v2";
            KafkaConnection kafka = connection(Map.of(RegistrySettings.URL, url,
                    "apicurio.auth.username", "analyst", "apicurio.auth.password", "s3cret"));
            EnrichedArticle article = Articles.article("a-login", RelevanceLabel.RELEVANT, "Behind a login.");
            Serializer<EnrichedArticle> writer = Topics.enriched(kafka).valueSerde().serializer();

            byte[] bytes = writer.serialize("logged-in", article);

            assertEquals(article, RecordDecoder.of(kafka).decode(
                    new ConsumerRecord<>(Topics.ENRICHED, 0, 0L, "a-login", bytes)).article());
            String expected = "Basic " + Base64.getEncoder().encodeToString("analyst:s3cret".getBytes(StandardCharsets.UTF_8));
            assertTrue(!authorizations.isEmpty(), "no request reached the registry through the forwarder");
            assertEquals(Set.of(expected), Set.copyOf(authorizations));
        } finally {
            forwarder.stop(0);
        }
    }

    @Test
    void shouldRefuseRegistryModeWithoutARegistryAddress() {
        IllegalArgumentException refused = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> connection(Map.of("security.protocol", "SSL")));
        assertTrue(refused.getMessage().contains(RegistrySettings.URL), refused.getMessage());
        assertNotEquals(WireFormat.REGISTRY, KafkaConnection.to("b:9092").wireFormat());
    }

    private static KafkaConnection connection(Map<String, String> settings) {
        return new KafkaConnection("unused:9092", settings).withWireFormat(WireFormat.REGISTRY);
    }

    private static int registerThroughConfluentApi(String subject, Schema schema) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                        URI.create(registry.confluentUrl() + "/subjects/" + subject + "/versions"))
                .header("Content-Type", "application/vnd.schemaregistry.v1+json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("schema", schema.toString()))))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body()).get("id").asInt();
    }

    /** Passes each request on to the real server unchanged and records its Authorization header. */
    private static HttpServer forwardingTo(String target, List<String> authorizations) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        Set<String> notForwarded = Set.of("host", "content-length", "connection", "upgrade", "http2-settings");
        server.createContext("/", exchange -> {
            try (exchange) {
                authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target + exchange.getRequestURI()));
                exchange.getRequestHeaders().forEach((name, values) -> {
                    if (!notForwarded.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                        values.forEach(value -> request.header(name, value));
                    }
                });
                byte[] body = exchange.getRequestBody().readAllBytes();
                request.method(exchange.getRequestMethod(), body.length == 0
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
                HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
                response.headers().firstValue("Content-Type")
                        .ifPresent(type -> exchange.getResponseHeaders().add("Content-Type", type));
                exchange.sendResponseHeaders(response.statusCode(), response.body().length == 0 ? -1 : response.body().length);
                exchange.getResponseBody().write(response.body());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
        });
        server.start();
        return server;
    }
}
