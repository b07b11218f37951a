package org.cpecwatch.app.cli;

import java.io.PrintWriter;

import org.cpecwatch.app.data.DataFolder;
import org.cpecwatch.app.data.ReadyFile;
import org.cpecwatch.app.pipeline.TopicSetup;
import org.cpecwatch.schemas.health.Readiness;

/** Runs one stage against an existing cluster until Ctrl-C or SIGTERM. */
final class StageRunner {

    interface StageFactory {
        RunningStage start(String bootstrapServers) throws Exception;
    }

    /** A started stage: how to stop it and whether it is doing its work. */
    record RunningStage(AutoCloseable stop, Readiness readiness) {
    }

    private StageRunner() {
    }

    /** Runs the stage until a signal, keeping {@code <data>/<stage>.ready} for container healthchecks. */
    static int run(String stage, String bootstrapServers, DataFolder dataFolder, PrintWriter out, StageFactory factory)
            throws Exception {
        ShutdownSignal shutdown = new ShutdownSignal();
        try {
            dataFolder.createPrivate();
            TopicSetup.ensure(bootstrapServers);
            RunningStage running = factory.start(bootstrapServers);
            // Closed in reverse: the ready file goes before the stage stops.
            try (AutoCloseable stop = running.stop();
                 ReadyFile ready = ReadyFile.keep(dataFolder.readyFile(stage), stage, running.readiness(), bootstrapServers)) {
                out.println("ready: " + stage + " on " + bootstrapServers);
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
