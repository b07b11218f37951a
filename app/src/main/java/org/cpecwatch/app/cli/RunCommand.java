package org.cpecwatch.app.cli;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.cpecwatch.app.data.DataFolder;
import org.cpecwatch.app.desk.DeskData;
import org.cpecwatch.app.desk.DeskServer;
import org.cpecwatch.app.data.ReadyFile;
import org.cpecwatch.app.ops.ConsumerLag;
import org.cpecwatch.app.ops.Monitoring;
import org.cpecwatch.app.ops.StageHealth;
import org.cpecwatch.app.pipeline.Pipeline;
import org.cpecwatch.app.pipeline.Stages;
import org.cpecwatch.app.pipeline.TopicSetup;
import org.cpecwatch.broker.EmbeddedKafkaBroker;
import org.cpecwatch.enrich.reload.LiveEnricher;
import org.cpecwatch.ingest.IngestConfig;
import org.cpecwatch.schemas.kafka.KafkaConnection;
import org.cpecwatch.sink.db.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Runs the whole pipeline in this process: a Kafka broker (embedded unless a cluster is given), "
                + "ingest, enrich and sink. Drop article files into the inbox; Ctrl-C stops.")
final class RunCommand implements Callable<Integer> {

    @Mixin
    Locations locations;

    @Mixin
    EnrichOptions enrichment;

    @Mixin
    Cluster cluster;

    @Option(names = "--web", paramLabel = "HOST:PORT",
            description = "Also serve the analyst's desk on this address (e.g. 127.0.0.1:8080), as `serve` does.")
    String web;

    @Option(names = "--broker-port", paramLabel = "PORT", defaultValue = "0",
            description = "Port of the embedded broker on 127.0.0.1 (default: any free port).")
    int brokerPort;

    @Mixin
    MetricsOption metrics;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        IngestConfig ingest = locations.ingestConfig();
        DataFolder data = locations.dataFolder();
        ShutdownSignal shutdown = new ShutdownSignal();
        try (DataFolder.RunLock lock = data.tryLock().orElseThrow(() -> new UserError(
                "another cpecwatch run is already using the data folder " + data.root()
                        + "; stop it first or give another --data folder"));
             AutoCloseable stages = lockStages(data)) {
            EmbeddedKafkaBroker broker = cluster.given().isEmpty() ? EmbeddedKafkaBroker.start(data.kafka(), brokerPort) : null;
            KafkaConnection kafka = cluster.orElse(() -> broker.bootstrapServers());
            try {
                runPipeline(data, ingest, kafka, broker != null, shutdown);
            } finally {
                if (broker != null) {
                    broker.close();
                }
                data.withdrawBrokerAddress();
            }
            // Before done(): once the shutdown hook returns, the JVM may exit before another line is printed.
            spec.commandLine().getOut().println("stopped");
            spec.commandLine().getOut().flush();
        } finally {
            shutdown.done();
        }
        return 0;
    }

    private static AutoCloseable lockStages(DataFolder data) {
        List<DataFolder.RunLock> locks = new ArrayList<>();
        for (String stage : Stages.NAMES) {
            Optional<DataFolder.RunLock> lock = data.tryLockStage(stage);
            if (lock.isEmpty()) {
                locks.forEach(DataFolder.RunLock::close);
                throw new UserError("a cpecwatch " + stage + " process is using the data folder " + data.root()
                        + "; stop it first or give another --data folder");
            }
            locks.add(lock.get());
        }
        return () -> locks.forEach(DataFolder.RunLock::close);
    }

    private void runPipeline(DataFolder data, IngestConfig ingest, KafkaConnection kafka, boolean embedded,
                             ShutdownSignal shutdown) throws Exception {
        Monitoring monitoring = metrics.monitoring();
        // Listening before the stages start: a liveness probe must not find a refused port while the sink waits for
        // its database or Streams restores.
        try (monitoring) {
            monitoring.serve(Stages.NAMES).ifPresent(address ->
                    spec.commandLine().getOut().println("metrics on " + MetricsOption.url(address)));
            spec.commandLine().getOut().flush();
            TopicSetup.ensure(kafka);
            data.publishBrokerAddress(kafka.bootstrapServers());
            Database database = locations.databaseToWrite();
            data.rememberDatabase(locations.db != null ? locations.db : "jdbc:sqlite:" + data.database());
            runStages(data, ingest, kafka, embedded, database, monitoring, shutdown);
        }
    }

    private void runStages(DataFolder data, IngestConfig ingest, KafkaConnection kafka, boolean embedded,
                           Database database, Monitoring monitoring, ShutdownSignal shutdown) throws Exception {
        ProgressLines progress = new ProgressLines(spec.commandLine().getOut());
        try (LiveEnricher rules = enrichment.live(Clock.systemUTC(), progress);
             Pipeline pipeline = Pipeline.start(kafka, ingest, data.streamsState(), database, rules,
                     Clock.systemUTC(), monitoring.ingest(progress), monitoring.sink(progress), monitoring.kafkaClients());
             AutoCloseable readyFiles = ReadyFile.keepAll(data, pipeline.readiness(), kafka.bootstrapServers())) {
            AutoCloseable desk = web == null ? () -> { } : startDesk(database);
            monitoring.watchFiles(data, ingest.inbox());
            monitoring.watchLag(kafka, ConsumerLag.GROUPS);
            monitoring.attach(StageHealth.of(pipeline.liveness(), pipeline.readiness()));
            double seconds = (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()) / 1000.0;
            spec.commandLine().getOut().printf(Locale.ROOT,
                    "ready in %.1f s: broker %s (%s), watching %s, database %s%n", seconds, kafka.bootstrapServers(),
                    embedded ? "embedded" : "external", ingest.inbox(), database.describe());
            spec.commandLine().getOut().flush();
            try (desk) {
                shutdown.await();
            }
            spec.commandLine().getOut().println("stopping...");
            spec.commandLine().getOut().flush();
        }
    }

    /** The desk reads the database this run writes, through a connection of its own. */
    private AutoCloseable startDesk(Database database) {
        DeskData data = new DeskData(database, Clock.systemUTC());
        DeskServer server = DeskServer.start(HostPort.parse("--web", web), data);
        spec.commandLine().getOut().println("desk on " + server.url());
        return () -> {
            try (data) {
                server.close();
            }
        };
    }
}
