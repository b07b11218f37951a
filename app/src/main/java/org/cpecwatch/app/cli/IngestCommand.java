package org.cpecwatch.app.cli;

import java.time.Clock;
import java.util.concurrent.Callable;

import org.cpecwatch.app.ops.Monitoring;
import org.cpecwatch.app.pipeline.Stages;
import org.cpecwatch.ingest.IngestConfig;
import org.cpecwatch.ingest.IngestService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Runs ingest alone: inbox files to articles.raw on an existing Kafka cluster.")
final class IngestCommand implements Callable<Integer> {

    @Mixin
    Locations locations;

    @Mixin
    Cluster cluster;

    @Mixin
    MetricsOption metrics;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ProgressLines progress = new ProgressLines(spec.commandLine().getOut());
        IngestConfig config = locations.ingestConfig();
        Monitoring monitoring = metrics.monitoring();
        return StageRunner.run(Stages.INGEST, cluster.required(), locations.dataFolder(), spec.commandLine().getOut(),
                monitoring, kafka -> {
                    monitoring.watchFiles(locations.dataFolder(), config.inbox());
                    IngestService ingest = Stages.ingest(kafka, config, Clock.systemUTC(), monitoring.ingest(progress),
                            monitoring.kafkaClients()).start();
                    // Ingest's worker is ready exactly while its loop turns, which is also what alive means for it.
                    return new StageRunner.RunningStage(ingest, ingest.readiness(), ingest.readiness());
                });
    }
}
