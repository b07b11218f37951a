package org.cpecwatch.app.cli;

import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;

import org.cpecwatch.app.ops.Monitoring;
import org.cpecwatch.app.pipeline.Stages;
import org.cpecwatch.sink.SinkService;
import org.cpecwatch.sink.consume.SinkConsumerSettings;
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

    @Mixin
    MetricsOption metrics;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ProgressLines progress = new ProgressLines(spec.commandLine().getOut());
        Monitoring monitoring = metrics.monitoring();
        return StageRunner.run(Stages.SINK, cluster.required(), locations.dataFolder(), spec.commandLine().getOut(),
                monitoring, kafka -> {
            List<ArticleStore> stores = ArticleStore.openWriters(locations.databaseToWrite(), Clock.systemUTC(),
                    ArticleStore.STARTUP_PATIENCE);
            SinkService sink = closingOnFailure(stores, () -> {
                monitoring.watchLag(kafka, List.of(SinkConsumerSettings.GROUP_ID));
                return Stages.sink(kafka, stores, Clock.systemUTC(), monitoring.sink(progress),
                        monitoring.kafkaClients()).start();
            });
            return new StageRunner.RunningStage(() -> {
                sink.close();
                for (ArticleStore store : stores) {
                    store.close();
                }
            }, sink.liveness(), sink.readiness());
        });
    }

    /** Starts the sink on these stores, or closes them before the failure goes on: nothing else would. */
    static SinkService closingOnFailure(List<ArticleStore> stores, Callable<SinkService> start) throws Exception {
        try {
            return start.call();
        } catch (Exception | Error e) {
            for (ArticleStore store : stores) {
                try {
                    store.close();
                } catch (SQLException closing) {
                    e.addSuppressed(closing);
                }
            }
            throw e;
        }
    }
}
