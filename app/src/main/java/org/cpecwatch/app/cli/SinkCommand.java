package org.cpecwatch.app.cli;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;

import org.cpecwatch.app.pipeline.Stages;
import org.cpecwatch.sink.SinkService;
import org.cpecwatch.sink.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "sink", mixinStandardHelpOptions = true,
        description = "Runs sink alone: articles.enriched into the database.")
final class SinkCommand implements Callable<Integer> {

    @Mixin
    Locations locations;

    @Mixin
    Cluster cluster;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ProgressLines progress = new ProgressLines(spec.commandLine().getOut());
        return StageRunner.run(Stages.SINK, cluster.required(), locations.dataFolder(), spec.commandLine().getOut(), kafka -> {
            List<ArticleStore> stores = ArticleStore.openWriters(locations.databaseToWrite(), Clock.systemUTC(),
                    ArticleStore.STARTUP_PATIENCE);
            SinkService sink = Stages.sink(kafka, stores, Clock.systemUTC(), progress).start();
            return new StageRunner.RunningStage(() -> {
                sink.close();
                for (ArticleStore store : stores) {
                    store.close();
                }
            }, sink.readiness());
        });
    }
}
