package org.cpecwatch.app.cli;

import java.io.PrintWriter;

import org.cpecwatch.app.pipeline.TopicSetup;

/** Runs one stage against an existing cluster until Ctrl-C or SIGTERM. */
final class StageRunner {

    interface StageFactory {
        AutoCloseable start(String bootstrapServers) throws Exception;
    }

    private StageRunner() {
    }

    static int run(String stage, String bootstrapServers, PrintWriter out, StageFactory factory) throws Exception {
        ShutdownSignal shutdown = new ShutdownSignal();
        try {
            TopicSetup.ensure(bootstrapServers);
            try (AutoCloseable running = factory.start(bootstrapServers)) {
                out.println("ready: " + stage + " on " + bootstrapServers);
                out.flush();
                shutdown.await();
            }
            out.println("stopped");
            return 0;
        } finally {
            shutdown.done();
        }
    }
}
