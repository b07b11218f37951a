package org.cpecwatch.app.cli;

import java.time.Clock;
import java.util.concurrent.Callable;

import org.cpecwatch.app.pipeline.Stages;
import org.cpecwatch.ingest.IngestConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Runs ingest alone: inbox files to articles.raw on an existing Kafka cluster.")
final class IngestCommand implements Callable<Integer> {

    @Mixin
    Locations locations;

    @Option(names = "--bootstrap-servers", required = true, paramLabel = "HOST:PORT", description = "Kafka cluster.")
    String bootstrapServers;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ProgressLines progress = new ProgressLines(spec.commandLine().getOut());
        IngestConfig config = IngestConfig.defaults(locations.inbox.toAbsolutePath().normalize(), locations.dataFolder().root());
        return StageRunner.run("ingest", bootstrapServers, locations.dataFolder().root(), spec.commandLine().getOut(),
                bootstrap -> Stages.ingest(bootstrap, config, Clock.systemUTC(), progress).start());
    }
}
