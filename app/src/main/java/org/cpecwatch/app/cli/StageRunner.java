package org.cpecwatch.app.cli;

import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;

import org.cpecwatch.app.data.DataFolder;
import org.cpecwatch.app.data.ReadyFile;
import org.cpecwatch.app.ops.Monitoring;
import org.cpecwatch.app.ops.StageHealth;
import org.cpecwatch.app.pipeline.TopicSetup;
import org.cpecwatch.schemas.health.Readiness;
import org.cpecwatch.schemas.kafka.KafkaConnection;

/** Runs one stage against an existing cluster until Ctrl-C or SIGTERM. */
final class StageRunner {

    interface StageFactory {
        RunningStage start(KafkaConnection kafka) throws Exception;
    }

    /** A started stage: how to stop it, whether its worker is alive, and whether it is doing its work. */
    record RunningStage(AutoCloseable stop, Readiness liveness, Readiness readiness) {
    }

    private StageRunner() {
    }

    /** Runs the stage until a signal, keeping {@code <data>/<stage>.ready} for container healthchecks. */
    static int run(String stage, KafkaConnection kafka, DataFolder dataFolder, PrintWriter out, Monitoring monitoring,
                   StageFactory factory) throws Exception {
        ShutdownSignal shutdown = new ShutdownSignal();
        // The monitoring is closed after the stage stopped.
        try (monitoring;
             DataFolder.RunLock lock = dataFolder.tryLockStage(stage).orElseThrow(() -> new UserError(
                     "another cpecwatch process already runs " + stage + " on the data folder " + dataFolder.root()
                             + "; give each instance its own --data folder"))) {
            // Listening before the stage starts: a liveness probe must not find a refused port while the stage
            // waits for its cluster or database.
            Optional<InetSocketAddress> served = monitoring.serve(List.of(stage));
            served.ifPresent(address -> out.println("metrics on " + MetricsOption.url(address)));
            out.flush();
            TopicSetup.ensure(kafka);
            RunningStage running = factory.start(kafka);
            // Closed in reverse: the ready file goes before the stage stops.
            try (AutoCloseable stop = running.stop();
                 ReadyFile ready = ReadyFile.keep(dataFolder.readyFile(stage), stage, running.readiness(), kafka.bootstrapServers())) {
                monitoring.attach(List.of(new StageHealth(stage, running.liveness(), running.readiness())));
                out.println("ready: " + stage + " on " + kafka.bootstrapServers());
                out.flush();
                shutdown.await();
            }
            out.println("stopped");
            out.flush();
            return 0;
        } finally {
            shutdown.done();
        }
    }
}
