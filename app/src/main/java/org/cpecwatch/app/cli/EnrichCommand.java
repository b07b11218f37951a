package org.cpecwatch.app.cli;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;

import org.cpecwatch.app.ops.Monitoring;
import org.cpecwatch.app.pipeline.Stages;
import org.cpecwatch.enrich.EnrichService;
import org.cpecwatch.enrich.reload.LiveEnricher;
import org.cpecwatch.enrich.topology.EnrichStreamsConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "enrich", mixinStandardHelpOptions = true,
        description = "Runs enrich alone: the Kafka Streams topology from articles.raw to articles.enriched.")
final class EnrichCommand implements Callable<Integer> {

    @Mixin
    Locations locations;

    @Mixin
    Cluster cluster;

    @Mixin
    EnrichOptions enrichment;

    @Mixin
    MetricsOption metrics;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Monitoring monitoring = metrics.monitoring();
        return StageRunner.run(Stages.ENRICH, cluster.required(), locations.dataFolder(), spec.commandLine().getOut(),
                monitoring, kafka -> {
                    LiveEnricher rules = enrichment.live(Clock.systemUTC(), new ProgressLines(spec.commandLine().getOut()));
                    monitoring.watchLag(kafka, List.of(EnrichStreamsConfig.APPLICATION_ID));
                    EnrichService service = Stages.enrich(kafka, locations.dataFolder().streamsState(), rules,
                            monitoring.kafkaClients()).start();
                    return new StageRunner.RunningStage(() -> {
                        try (rules) {
                            service.close();
                        }
                    }, service.liveness(), service.readiness());
                });
    }
}
