package org.cpecwatch.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.cpecwatch.schemas.topic.Topic;
import org.cpecwatch.schemas.topic.Topics;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * No Docker engine runs on our machines, so the compose file is validated rather than run: by docker-compose's
 * own {@code config} check (installed by .ci/run, required in CI) and by the structure this project relies on.
 */
class DockerComposeTest {

    private static final Path COMPOSE = Path.of("..", "docker-compose.yml").toAbsolutePath().normalize();
    private static final List<String> SERVICES = List.of("kafka", "create-topics", "postgres", "ingest", "enrich", "sink");
    private static final List<String> STAGES = List.of("ingest", "enrich", "sink");

    @Test
    void shouldPassDockerComposeOwnValidation() throws Exception {
        Optional<List<String>> tool = composeTool();
        if (tool.isEmpty()) {
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError("CI must validate docker-compose.yml, but docker-compose is not installed: "
                        + ".ci/run installs it with apt-get");
            }
            System.err.println("!!! SKIPPED: docker-compose is not installed, docker-compose.yml was not validated by it !!!");
            Assumptions.abort("docker-compose is not installed (apt-get install docker-compose)");
        }
        List<String> command = new java.util.ArrayList<>(tool.get());
        command.addAll(List.of("-f", COMPOSE.toString(), "config", "-q"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "docker-compose config hung");
        assertEquals(0, process.exitValue(), output);
    }

    @Test
    void shouldPinEveryImageAndCheckEveryLongRunningServiceHealth() throws IOException {
        Map<String, Map<String, Object>> services = services();

        assertEquals(SERVICES, List.copyOf(services.keySet()));
        services.forEach((name, service) -> {
            String image = (String) service.get("image");
            assertNotNull(image, name + " has an image");
            assertTrue(image.matches("[^:]+:\\d[\\w.-]*"), name + " pins a version tag: " + image);
            if (!name.equals("create-topics")) {
                assertNotNull(service.get("healthcheck"), name + " has a healthcheck");
            }
        });
    }

    @Test
    void shouldCreateEveryPipelineTopicBeforeAnyStageStarts() throws IOException {
        Map<String, Map<String, Object>> services = services();

        String creation = String.valueOf(services.get("create-topics").get("command"));
        for (Topic<?, ?> topic : Topics.all()) {
            assertTrue(creation.contains("--topic " + topic.name() + " --partitions " + topic.partitions()
                    + " "), topic.name());
        }
        for (String stage : STAGES) {
            assertTrue(String.valueOf(services.get(stage).get("depends_on")).contains("create-topics"), stage);
        }
    }

    @Test
    void shouldKeepTheInboxAndIngestsFoldersOnOneHostMountSoClaimsAreAtomicRenames() throws IOException {
        Map<String, Object> ingest = services().get("ingest");

        assertEquals(List.of("./work:/work"), ingest.get("volumes"));
        List<?> command = (List<?>) ingest.get("command");
        assertEquals("/work/inbox", command.get(command.indexOf("--inbox") + 1));
        assertEquals("/work/ingest", command.get(command.indexOf("--data") + 1));
        assertTrue(String.valueOf(ingest.get("user")).contains("CPECWATCH_UID"), "host-owned files");
    }

    @Test
    void shouldGiveEveryEnrichAndSinkReplicaItsOwnStateVolume() throws IOException {
        for (String stage : List.of("enrich", "sink")) {
            List<?> volumes = (List<?>) services().get(stage).get("volumes");
            assertEquals(List.of("/data"), volumes, stage + ": an anonymous volume, one per replica");
        }
    }

    @Test
    void shouldLetTheImagesUserWriteTheStateVolume() throws IOException {
        String dockerfile = Files.readString(COMPOSE.resolveSibling("Dockerfile"));
        // A fresh anonymous volume takes the owner of the image's folder; root's would lock the stage out.
        assertTrue(dockerfile.contains("chown cpecwatch:cpecwatch /data"), "the image prepares /data for its user");
        assertTrue(dockerfile.indexOf("chown cpecwatch:cpecwatch /data") < dockerfile.indexOf("USER cpecwatch"));
    }

    @Test
    void shouldCheckEachStagesHealthOnItsMetricsServer() throws IOException {
        Map<String, Map<String, Object>> services = services();
        for (String stage : STAGES) {
            Map<String, Object> service = services.get(stage);
            List<?> command = (List<?>) service.get("command");
            assertEquals(stage, command.get(0));
            assertEquals("0.0.0.0:9464", command.get(command.indexOf("--metrics") + 1), stage);
            assertTrue(String.valueOf(service.get("healthcheck")).contains("http://127.0.0.1:9464/health/ready"), stage);
            assertEquals("kafka:9092", ((Map<?, ?>) service.get("environment")).get("CPECWATCH_BOOTSTRAP_SERVERS"), stage);
        }
    }

    @Test
    void shouldPublishKafkaAndPostgresqlOnLoopbackOnlyAndKeepSecretsOffCommandLines() throws IOException {
        Map<String, Map<String, Object>> services = services();
        for (String name : List.of("kafka", "postgres")) {
            List<?> ports = (List<?>) services.get(name).get("ports");
            assertTrue(ports.stream().allMatch(port -> String.valueOf(port).startsWith("127.0.0.1:")), name + " " + ports);
        }
        Map<String, Object> sink = services.get("sink");
        List<?> command = (List<?>) sink.get("command");
        assertTrue(String.valueOf(command.get(command.indexOf("--db") + 1)).startsWith("jdbc:postgresql://postgres:5432/"));
        assertEquals("/run/secrets/postgres-password", command.get(command.indexOf("--db-password-file") + 1));
        assertTrue(String.valueOf(sink.get("depends_on")).contains("postgres"));
        services.forEach((name, service) -> {
            String text = String.valueOf(service.get("command")) + service.get("environment");
            assertFalse(text.toLowerCase(java.util.Locale.ROOT).contains("password="), name + " carries a password");
            assertFalse(text.contains("POSTGRES_PASSWORD="), name);
        });
        assertEquals("/run/secrets/postgres-password",
                ((Map<?, ?>) services.get("postgres").get("environment")).get("POSTGRES_PASSWORD_FILE"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> services() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(COMPOSE));
        return (Map<String, Map<String, Object>>) compose.get("services");
    }

    private static Optional<List<String>> composeTool() {
        String path = System.getenv().getOrDefault("PATH", "");
        boolean found = Stream.of(path.split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, "docker-compose")));
        return found ? Optional.of(List.of("docker-compose")) : Optional.empty();
    }
}
