package org.cpecwatch.app.pipeline;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.cpecwatch.enrich.ArticleEnricher;
import org.cpecwatch.ingest.IngestConfig;
import org.cpecwatch.ingest.IngestListener;
import org.cpecwatch.ingest.IngestService;
import org.cpecwatch.schemas.health.Readiness;
import org.cpecwatch.schemas.kafka.KafkaConnection;
import org.cpecwatch.enrich.EnrichService;
import org.cpecwatch.sink.SinkListener;
import org.cpecwatch.sink.SinkService;
import org.cpecwatch.sink.db.Database;
import org.cpecwatch.sink.store.ArticleStore;

/**
 * The three stages against one broker, started downstream first so nothing published waits for a reader,
 * and closed in the reverse order.
 */
public final class Pipeline implements AutoCloseable {

    private final Deque<AutoCloseable> running = new ArrayDeque<>();
    private final Map<String, Readiness> readiness = new LinkedHashMap<>();
    private final Map<String, Readiness> liveness = new LinkedHashMap<>();

    private Pipeline() {
    }

    public static Pipeline start(KafkaConnection kafka, IngestConfig ingest, Path streamsState, Database database,
                                 Supplier<ArticleEnricher> enricher, Clock clock, IngestListener ingestListener,
                                 SinkListener sinkListener)
            throws SQLException, InterruptedException {
        return start(kafka, ingest, streamsState, database, enricher, clock, ingestListener, sinkListener,
                StageObserver.NONE);
    }

    public static Pipeline start(KafkaConnection kafka, IngestConfig ingest, Path streamsState, Database database,
                                 Supplier<ArticleEnricher> enricher, Clock clock, IngestListener ingestListener,
                                 SinkListener sinkListener, StageObserver observer)
            throws SQLException, InterruptedException {
        Pipeline pipeline = new Pipeline();
        try {
            List<ArticleStore> stores = ArticleStore.openWriters(database, clock, ArticleStore.STARTUP_PATIENCE);
            stores.forEach(pipeline.running::push);
            SinkService sink = Stages.sink(kafka, stores, clock, sinkListener, observer).start();
            pipeline.running.push(sink);
            pipeline.readiness.put(Stages.SINK, sink.readiness());
            pipeline.liveness.put(Stages.SINK, sink.liveness());
            EnrichService enrich = Stages.enrich(kafka, streamsState, enricher, observer).start();
            pipeline.running.push(enrich);
            pipeline.readiness.put(Stages.ENRICH, enrich.readiness());
            pipeline.liveness.put(Stages.ENRICH, enrich.liveness());
            IngestService ingester = Stages.ingest(kafka, ingest, clock, ingestListener, observer).start();
            pipeline.running.push(ingester);
            pipeline.readiness.put(Stages.INGEST, ingester.readiness());
            // Ingest's worker is ready exactly while its loop turns, which is also what alive means for it.
            pipeline.liveness.put(Stages.INGEST, ingester.readiness());
            return pipeline;
        } catch (SQLException | InterruptedException | RuntimeException e) {
            pipeline.close();
            throw e;
        }
    }

    /** Each stage's readiness, by stage name. */
    public Map<String, Readiness> readiness() {
        return Map.copyOf(readiness);
    }

    /** Whether each stage's worker is alive (not necessarily ready), by stage name. */
    public Map<String, Readiness> liveness() {
        return Map.copyOf(liveness);
    }

    @Override
    public void close() {
        RuntimeException failure = null;
        while (!running.isEmpty()) {
            try {
                running.pop().close();
            } catch (Exception e) {
                if (failure == null) {
                    failure = new IllegalStateException("pipeline did not stop cleanly: " + e.getMessage(), e);
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
