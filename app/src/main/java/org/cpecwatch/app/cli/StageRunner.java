package org.cpecwatch.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.cpecwatch.app.data.DataFolder;
import org.cpecwatch.app.pipeline.TopicSetup;

/** Runs one stage against an existing cluster until Ctrl-C or SIGTERM. */
final class StageRunner {

    interface StageFactory {
        AutoCloseable start(String bootstrapServers) throws Exception;
    }

    private StageRunner() {
    }

    /** Runs the stage until a signal; {@code <data>/<stage>.ready} exists while it runs, for container healthchecks. */
    static int run(String stage, String bootstrapServers, DataFolder dataFolder, PrintWriter out, StageFactory factory)
            throws Exception {
        ShutdownSignal shutdown = new ShutdownSignal();
        Path ready = dataFolder.root().resolve(stage + ".ready");
        try {
            TopicSetup.ensure(bootstrapServers);
            try (AutoCloseable running = factory.start(bootstrapServers)) {
                dataFolder.createPrivate();
                Files.writeString(ready, bootstrapServers);
                out.println("ready: " + stage + " on " + bootstrapServers);
                out.flush();
                shutdown.await();
            } finally {
                Files.deleteIfExists(ready);
            }
            out.println("stopped");
            out.flush();
            return 0;
        } finally {
            shutdown.done();
        }
    }
}
