package org.cpecwatch.schemas.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.cpecwatch.schemas.serde.WireFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaConnectionTest {

    @TempDir
    Path folder;

    @Test
    void shouldLayTheFileOverAClientsOwnSettingsAndKeepTheBootstrapServersGiven() throws IOException {
        Map<String, String> config = KafkaConnection.readConfig(write("""
                bootstrap.servers=from-file:9093
                security.protocol=SASL_SSL
                linger.ms = 5
                """));

        KafkaConnection kafka = KafkaConnection.of("given:9092", config).orElseThrow();

        assertEquals(Map.of("bootstrap.servers", "given:9092", "security.protocol", "SASL_SSL", "linger.ms", "5",
                "acks", "all"), kafka.settings(Map.of("linger.ms", 100, "acks", "all")));
        Properties own = new Properties();
        own.put("application.id", "cpecwatch-enrich");
        assertEquals(Map.of("bootstrap.servers", "given:9092", "security.protocol", "SASL_SSL", "linger.ms", "5",
                "application.id", "cpecwatch-enrich"), kafka.properties(own));
    }

    @Test
    void shouldTakeTheClusterFromTheFileWhenNoneIsGivenAndNoClusterWhenNeitherNamesOne() throws IOException {
        Map<String, String> config = KafkaConnection.readConfig(write("bootstrap.servers=broker-1:9093,broker-2:9093\n"));

        assertEquals("broker-1:9093,broker-2:9093", KafkaConnection.of(null, config).orElseThrow().bootstrapServers());
        assertEquals(Optional.empty(), KafkaConnection.of(" ", Map.of("security.protocol", "SSL")));
    }

    @Test
    void shouldRefuseSettingsThePipelinesGuaranteesRestOn() throws IOException {
        Path file = write("isolation.level=read_uncommitted\nenable.idempotence=false\nsasl.mechanism=PLAIN\n");

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> KafkaConnection.readConfig(file));
        assertTrue(refused.getMessage().contains("sets enable.idempotence, isolation.level,"), refused.getMessage());
        assertTrue(refused.getMessage().contains(file.toString()), refused.getMessage());
    }

    @Test
    void shouldRefuseTheRegistrySettingsThatMakeTheConfluentWireFormat() throws IOException {
        Path file = write("apicurio.registry.url=http://r:8080/apis/registry/v2\napicurio.registry.headers.enabled=true\n"
                + "apicurio.registry.use-id=globalId\n");

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> KafkaConnection.readConfig(file));
        assertTrue(refused.getMessage().contains("sets apicurio.registry.headers.enabled, apicurio.registry.use-id,"),
                refused.getMessage());
        assertTrue(refused.getMessage().contains("--serde registry"), refused.getMessage());
    }

    @Test
    void shouldKeepTheRegistrySettingsAwayFromTheKafkaClientsAndNeedTheUrlInRegistryMode() throws IOException {
        Map<String, String> config = KafkaConnection.readConfig(write(
                "security.protocol=SSL\napicurio.registry.url=http://r:8080/apis/registry/v2\napicurio.auth.password=pw\n"));

        KafkaConnection kafka = KafkaConnection.of("b:9092", config).orElseThrow().withWireFormat(WireFormat.REGISTRY);

        assertEquals(WireFormat.REGISTRY, kafka.wireFormat());
        assertEquals(Map.of("bootstrap.servers", "b:9092", "security.protocol", "SSL"), kafka.settings(Map.of()));
        assertEquals(Map.of("bootstrap.servers", "b:9092", "security.protocol", "SSL"), kafka.properties(new Properties()));
        IllegalArgumentException noUrl = assertThrows(IllegalArgumentException.class,
                () -> KafkaConnection.to("b:9092").withWireFormat(WireFormat.REGISTRY));
        assertTrue(noUrl.getMessage().contains("apicurio.registry.url"), noUrl.getMessage());
        assertEquals(WireFormat.SINGLE_OBJECT, KafkaConnection.to("b:9092").wireFormat());
    }

    @Test
    void shouldAcceptOnlyTheExactNameOfAWireFormat() {
        assertEquals(WireFormat.REGISTRY, WireFormat.of("registry"));
        assertEquals(WireFormat.SINGLE_OBJECT, WireFormat.of("single-object"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> WireFormat.of("Registry")).getMessage()
                .contains("known: single-object, registry"));
    }

    @Test
    void shouldRefuseAProtectedSettingGivenToOneStreamsClientOrAStreamsHandler() throws IOException {
        for (String line : java.util.List.of("producer.transactional.id=mine", "main.consumer.auto.offset.reset=latest",
                "restore.consumer.isolation.level=read_uncommitted", "deserialization.exception.handler=x.Y",
                "processing.exception.handler=x.Y", "ensure.explicit.internal.resource.naming=false")) {
            Path file = write(line + "\n");
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                    () -> KafkaConnection.readConfig(file), line);
            assertTrue(refused.getMessage().contains("sets " + line.substring(0, line.indexOf('=')) + ","),
                    refused.getMessage());
        }
        assertEquals("5", KafkaConnection.readConfig(write("producer.linger.ms=5\n")).get("producer.linger.ms"));
    }

    @Test
    void shouldRefuseAFileThatIsNoClientConfig() throws IOException {
        Path large = folder.resolve("large.properties");
        Files.writeString(large, "x=" + "y".repeat((int) KafkaConnection.MAX_FILE_BYTES));

        assertTrue(assertThrows(IllegalArgumentException.class, () -> KafkaConnection.readConfig(large))
                .getMessage().contains("larger than"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> KafkaConnection.readConfig(folder))
                .getMessage().contains("is not a file"));
    }

    @Test
    void shouldNeverPrintTheFilesValues() throws IOException {
        KafkaConnection kafka = KafkaConnection.of("b:9092", KafkaConnection.readConfig(write(
                "sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required password=\"s3cret\";\n")))
                .orElseThrow();

        assertTrue(kafka.toString().contains("sasl.jaas.config"), kafka.toString());
        assertFalse(kafka.toString().contains("s3cret"), kafka.toString());
    }

    private Path write(String text) throws IOException {
        Path file = folder.resolve("client.properties");
        Files.writeString(file, text);
        return file;
    }
}
