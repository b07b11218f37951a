package org.cpecwatch.app.cli;

import java.time.Clock;
import java.util.concurrent.Callable;

import org.cpecwatch.app.pipeline.Stages;
import org.cpecwatch.enrich.EnrichService;
import org.cpecwatch.enrich.reload.LiveEnricher;
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

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        return StageRunner.run(Stages.ENRICH, cluster.required(), locations.dataFolder(), spec.commandLine().getOut(),
                kafka -> {
                    LiveEnricher rules = enrichment.live(Clock.systemUTC(), new ProgressLines(spec.commandLine().getOut()));
                    EnrichService service = Stages.enrich(kafka, locations.dataFolder().streamsState(), rules).start();
                    return new StageRunner.RunningStage(() -> {
                        try (rules) {
                            service.close();
                        }
                    }, service.readiness());
                });
    }
}
