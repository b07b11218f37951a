package org.cpecwatch.app.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.cpecwatch.app.data.DataFolder;
import org.cpecwatch.enrich.ArticleEnricher;
import org.cpecwatch.ingest.IngestConfig;
import org.cpecwatch.ingest.IngestListener;
import org.cpecwatch.schemas.avro.EnrichedArticle;
import org.cpecwatch.schemas.avro.RelevanceLabel;
import org.cpecwatch.schemas.kafka.KafkaConnection;
import org.cpecwatch.sink.SinkListener;
import org.cpecwatch.sink.db.Database;
import org.cpecwatch.sink.store.ArticleStore;
import org.cpecwatch.testkit.Eventually;
import org.cpecwatch.testkit.KafkaBrokerExtension;
import org.cpecwatch.testkit.PostgresTestServer;
import org.cpecwatch.testkit.Seeds;
import org.cpecwatch.testkit.TestBroker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The five seeds dropped into the inbox of a running pipeline end as five relevant rows. */
@ExtendWith(KafkaBrokerExtension.class)
class PipelineIT {

    private static final Duration WAIT = Duration.ofSeconds(90);

    @TempDir
    Path root;

    @Test
    void shouldStoreTheFiveSeedsInSqlite(TestBroker broker) throws Exception {
        DataFolder data = new DataFolder(root.resolve("data"));
        runSeedsThroughThePipeline(broker, data, Database.sqlite(data.database()));
    }

    @Test
    void shouldStoreTheFiveSeedsInPostgresql(TestBroker broker) throws Exception {
        runSeedsThroughThePipeline(broker, new DataFolder(root.resolve("data")), Database.of(PostgresTestServer.newDatabase()));
    }

    private void runSeedsThroughThePipeline(TestBroker broker, DataFolder data, Database database) throws Exception {
        Path inbox = root.resolve("inbox");
        IngestConfig ingest = IngestConfig.defaults(inbox, data.root());
        Set<String> stored = ConcurrentHashMap.newKeySet();
        SinkListener sinkListener = new SinkListener() {
            @Override
            public void stored(EnrichedArticle article) {
                stored.add(article.getSourceFile());
            }
        };

        TopicSetup.ensure(KafkaConnection.to(broker.bootstrapServers()));
        ArticleEnricher enricher = new ArticleEnricher(Clock.systemUTC());
        try (Pipeline pipeline = Pipeline.start(KafkaConnection.to(broker.bootstrapServers()), ingest, data.streamsState(), database,
                () -> enricher, Clock.systemUTC(), IngestListener.NONE, sinkListener)) {
            Seeds.copyTo(inbox);
            // The topic may already hold these articles from another test, so wait for the files too.
            Eventually.await(WAIT, () -> stored.containsAll(Seeds.names()) && archived(data) == 5,
                    () -> "stored " + stored + ", archived " + archived(data));
        }

        try (ArticleStore store = ArticleStore.open(database, Clock.systemUTC())) {
            assertEquals(5, store.count());
            assertEquals(5, store.countWithLabel(RelevanceLabel.RELEVANT));
        }
        assertEquals(List.of(), files(inbox), "inbox empty");
        assertEquals(5, files(data.archive()).size(), "five files archived");
        assertTrue(files(data.processing()).isEmpty());
    }

    private static int archived(DataFolder data) {
        try {
            return files(data.archive()).size();
        } catch (IOException e) {
            return -1;
        }
    }

    private static List<Path> files(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(Files::isRegularFile).toList();
        }
    }
}
