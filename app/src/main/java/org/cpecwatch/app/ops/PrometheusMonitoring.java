package org.cpecwatch.app.ops;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.cpecwatch.app.data.DataFolder;
import org.cpecwatch.app.pipeline.StageObserver;
import org.cpecwatch.ingest.IngestListener;
import org.cpecwatch.schemas.kafka.KafkaConnection;
import org.cpecwatch.sink.SinkListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Monitoring on: one Prometheus registry per process, background counters, and the HTTP endpoints. */
final class PrometheusMonitoring implements Monitoring {

    private static final Logger LOG = LoggerFactory.getLogger(PrometheusMonitoring.class);

    private final InetSocketAddress address;
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final ScheduledExecutorService background = Executors.newSingleThreadScheduledExecutor(
            OpsServer.daemon("cpecwatch-metrics"));
    private final KafkaClientBinders clients = new KafkaClientBinders(registry);
    private final Deque<AutoCloseable> opened = new ArrayDeque<>();
    private HealthBoard board;

    PrometheusMonitoring(InetSocketAddress address) {
        this.address = address;
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        opened.push(clients);
    }

    @Override
    public IngestListener ingest(IngestListener next) {
        return new IngestMeters(registry, next);
    }

    @Override
    public SinkListener sink(SinkListener next) {
        return new SinkMeters(registry, Clock.systemUTC(), next);
    }

    @Override
    public StageObserver kafkaClients() {
        return clients;
    }

    @Override
    public void watchFiles(DataFolder data, Path inbox) {
        new FileGauges(registry, data, inbox, background);
    }

    @Override
    public synchronized void watchLag(KafkaConnection kafka, List<String> groups) {
        opened.push(new LagGauges(registry, kafka, groups, background));
    }

    @Override
    public synchronized Optional<InetSocketAddress> serve(List<String> stages) throws IOException {
        HealthBoard board = new HealthBoard(stages);
        for (String stage : stages) {
            Gauge.builder("cpecwatch.stage.ready", board, b -> b.isReady(stage) ? 1 : 0).tag("stage", stage)
                    .description("1 while the stage is ready (what /health/ready reports), else 0").register(registry);
        }
        OpsServer server = OpsServer.start(address, registry, board::stages);
        opened.push(server);
        this.board = board;
        return Optional.of(server.address());
    }

    @Override
    public synchronized void attach(List<StageHealth> stages) {
        if (board != null) {
            board.attach(stages);
        }
    }

    @Override
    public synchronized void close() {
        // The server first, so nothing scrapes a registry whose sources are going.
        background.shutdownNow();
        while (!opened.isEmpty()) {
            try {
                opened.pop().close();
            } catch (Exception e) {
                LOG.warn("closing the metrics: {}", e.toString());
            }
        }
        registry.close();
    }
}
