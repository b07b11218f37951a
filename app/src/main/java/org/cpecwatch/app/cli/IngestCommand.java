package org.cpecwatch.app.cli;

import java.time.Clock;
import java.util.concurrent.Callable;

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

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ProgressLines progress = new ProgressLines(spec.commandLine().getOut());
        IngestConfig config = locations.ingestConfig();
        return StageRunner.run(Stages.INGEST, cluster.required(), locations.dataFolder(), spec.commandLine().getOut(),
                kafka -> {
                    IngestService ingest = Stages.ingest(kafka, config, Clock.systemUTC(), progress).start();
                    return new StageRunner.RunningStage(ingest, ingest.readiness());
                });
    }
}
