package org.cpecwatch.app.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;

import org.cpecwatch.app.desk.DeskData;
import org.cpecwatch.app.desk.DeskServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serves the analyst's desk: the incident map, the timeline, the register and the reader, over "
                + "the database the pipeline fills, read-only, following new articles live. Ctrl-C stops.")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    Locations locations;

    @Option(names = "--web", paramLabel = "HOST:PORT", defaultValue = "127.0.0.1:8080",
            description = "Address of the desk (default: ${DEFAULT-VALUE}; port 0 picks a free one). Anyone who can "
                    + "reach it reads every stored article: keep it on 127.0.0.1 unless a proxy guards it.")
    String web;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ShutdownSignal shutdown = new ShutdownSignal();
        PrintWriter out = spec.commandLine().getOut();
        try (DeskData data = new DeskData(locations.database(), Clock.systemUTC());
             DeskServer desk = DeskServer.start(HostPort.parse("--web", web), data)) {
            out.println("desk on " + desk.url() + " (database " + locations.database().describe() + ")");
            out.flush();
            shutdown.await();
        } finally {
            shutdown.done();
        }
        out.println("stopped");
        out.flush();
        return 0;
    }
}
