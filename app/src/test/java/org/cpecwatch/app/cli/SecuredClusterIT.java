package org.cpecwatch.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.cpecwatch.app.pipeline.StageAcls;
import org.cpecwatch.app.pipeline.Stages;
import org.cpecwatch.app.pipeline.TopicSetup;
import org.cpecwatch.schemas.kafka.KafkaConnection;
import org.cpecwatch.schemas.topic.ProducerSettings;
import org.cpecwatch.schemas.topic.Topics;
import org.cpecwatch.testkit.SaslSslBroker;
import org.cpecwatch.testkit.Seeds;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline on a cluster that demands TLS and a SASL login, has no plaintext listener and enforces ACLs,
 * configured as a Kafka team configures its own tools: {@code --bootstrap-server} and a client properties file. The
 * principals get exactly the ACLs {@link StageAcls} lists (the README's production section), nothing more.
 */
class SecuredClusterIT {

    private static final Duration START = Duration.ofSeconds(120);
    private static final Duration WORK = Duration.ofSeconds(90);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String INGEST = "cpecwatch-" + Stages.INGEST;
    private static final String ENRICH = "cpecwatch-" + Stages.ENRICH;
    private static final String SINK = "cpecwatch-" + Stages.SINK;

    @TempDir
    static Path brokerFolder;

    private static SaslSslBroker broker;

    @TempDir
    Path work;

    @BeforeAll
    static void startSecuredBrokerWithTheDocumentedAcls() throws Exception {
        broker = SaslSslBroker.startWithAcls(brokerFolder, List.of(SaslSslBroker.USER, INGEST, ENRICH, SINK));
        Map<String, String> adminConfig = KafkaConnection.readConfig(broker.clientConfig(SaslSslBroker.ADMIN));
        KafkaConnection admin = KafkaConnection.of(broker.bootstrapServers(), adminConfig).orElseThrow();
        // As in production: an operator creates the topics and grants each principal what StageAcls lists.
        TopicSetup.ensure(admin);
        List<AclBinding> grants = new ArrayList<>();
        for (String stage : Stages.NAMES) {
            grants.addAll(StageAcls.of(stage, "User:" + SaslSslBroker.USER));
            grants.addAll(StageAcls.of(stage, "User:cpecwatch-" + stage));
        }
        try (Admin client = Admin.create(admin.settings(Map.of()))) {
            client.createAcls(grants).all().get(30, TimeUnit.SECONDS);
        }
    }

    @AfterAll
    static void stopBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void shouldRunTheWholePipelineOnASaslSslCluster() throws Exception {
        String config = broker.clientConfig().toString();
        try (ChildProcess run = ChildProcess.start(work, Map.of(Cluster.BOOTSTRAP_ENVIRONMENT, ""),
                "run", "--bootstrap-server", broker.bootstrapServers(), "--command-config", config)) {
            run.awaitLine(START, line -> line.startsWith("ready in ") && line.contains("(external)"));

            Seeds.copyTo(work.resolve("inbox"));
            run.awaitLine(WORK, line -> run.count(l -> l.startsWith("stored ")) == 5);
            assertEquals(5, run.count(line -> line.startsWith("stored ") && line.contains("RELEVANT")));

            // A client command reads the secured topic with the same file, given by its other name and by environment.
            try (ChildProcess tail = ChildProcess.start(work, Map.of(Cluster.CONFIG_ENVIRONMENT, config),
                    "tail", "--bootstrap-server", broker.bootstrapServers(), "--from-beginning", "--max", "5")) {
                assertEquals(0, tail.awaitExit(WORK), tail.err());
                assertEquals(5, tail.out().size(), tail.out().toString());
                assertNoSecretIn(tail.out() + "\n" + tail.err());
                for (String record : tail.out()) {
                    assertEquals("RELEVANT", JSON.readTree(record).at("/relevance/label").asText());
                }
            }
            run.terminate(WORK);
            assertTrue(run.out().contains("stopped"), run.out() + run.err());
            assertNoSecretIn(run.out() + "\n" + run.err());
        }
    }

    private static void assertNoSecretIn(String output) {
        for (String secret : broker.secrets()) {
            assertFalse(output.contains(secret), "a password reached the output");
        }
    }

    @Test
    void shouldRunEachStageAloneUnderItsOwnPrincipalWithOnlyItsAcls() throws Exception {
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        List<ChildProcess> stages = new ArrayList<>();
        try {
            for (String stage : List.of(Stages.SINK, Stages.ENRICH, Stages.INGEST)) {
                List<String> args = new ArrayList<>(List.of(stage, "--bootstrap-server", broker.bootstrapServers(),
                        "--kafka-config", broker.clientConfig("cpecwatch-" + stage).toString(),
                        "--data", work.resolve(stage + "-data").toString(), "--inbox", inbox.toString()));
                if (stage.equals(Stages.SINK)) {
                    args.addAll(List.of("--db", work.resolve("stored.db").toString()));
                }
                ChildProcess process = ChildProcess.start(work, Map.of(Cluster.BOOTSTRAP_ENVIRONMENT, ""),
                        args.toArray(String[]::new));
                stages.add(process);
                process.awaitLine(START, line -> line.equals("ready: " + stage + " on " + broker.bootstrapServers()));
            }
            // Articles of their own, so rows the other test stored cannot stand in for them.
            String reference = UUID.randomUUID().toString();
            for (int i = 0; i < Seeds.names().size(); i++) {
                Files.writeString(inbox.resolve("own-principal-" + i + ".txt"),
                        Seeds.text(Seeds.names().get(i)) + "\n\nReference " + reference + "\n");
            }
            ChildProcess sink = stages.get(0);
            sink.awaitLine(WORK, line -> sink.count(l -> l.startsWith("stored ") && l.contains("own-principal-")) == 5);
        } finally {
            for (ChildProcess stage : stages) {
                stage.terminate(WORK);
                stage.close();
                assertNoSecretIn(stage.out() + "\n" + stage.err());
            }
        }
    }

    @Test
    void shouldTurnAwayAPlaintextClientAndAWrongPassword() throws Exception {
        // A plaintext client gets no answer from a TLS listener: its request times out.
        ExecutionException plaintext = assertThrows(ExecutionException.class, () -> listTopics(Map.of()));
        assertTrue(plaintext.getCause() instanceof org.apache.kafka.common.errors.TimeoutException, plaintext.toString());

        Properties wrong = new Properties();
        wrong.load(new ByteArrayInputStream(broker.clientProperties(SaslSslBroker.USER, "not-the-password").getBytes(StandardCharsets.UTF_8)));
        Map<String, Object> wrongLogin = new HashMap<>();
        wrong.stringPropertyNames().forEach(key -> wrongLogin.put(key, wrong.getProperty(key)));
        ExecutionException refused = assertThrows(ExecutionException.class, () -> listTopics(wrongLogin));
        assertInstanceOf(SaslAuthenticationException.class, refused.getCause(), refused.toString());
    }

    @Test
    void shouldRefuseAStageWhatItsAclsDoNotGrant() throws Exception {
        KafkaConnection ingest = KafkaConnection.of(broker.bootstrapServers(),
                KafkaConnection.readConfig(broker.clientConfig(INGEST))).orElseThrow();
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(
                ProducerSettings.durable(ingest, "acl-probe"), new ByteArraySerializer(), new ByteArraySerializer())) {
            ExecutionException refused = assertThrows(ExecutionException.class,
                    () -> producer.send(new ProducerRecord<>(Topics.ENRICHED, new byte[1])).get(30, TimeUnit.SECONDS));
            assertInstanceOf(TopicAuthorizationException.class, refused.getCause(), refused.toString());
        }
    }

    private static List<String> listTopics(Map<String, Object> security) throws Exception {
        Map<String, Object> settings = new HashMap<>(security);
        settings.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        settings.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5_000);
        settings.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 4_000);
        try (Admin admin = Admin.create(settings)) {
            return List.copyOf(admin.listTopics().names().get(10, TimeUnit.SECONDS));
        }
    }
}
