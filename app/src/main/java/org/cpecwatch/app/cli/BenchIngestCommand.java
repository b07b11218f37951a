package org.cpecwatch.app.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.cpecwatch.app.bench.IngestBench;
import org.cpecwatch.app.bench.Machine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Benchmark: files/s ingest takes from a full inbox to acknowledged records on articles.raw and "
                + "archived files (a new embedded broker in a temporary folder).")
final class BenchIngestCommand implements Callable<Integer> {

    @Option(names = "--files", defaultValue = "10000", paramLabel = "N", description = "Files (default: ${DEFAULT-VALUE}).")
    int files;

    @Option(names = "--warmup", defaultValue = "0", paramLabel = "N", description = "Files ingested first, unmeasured, "
            + "with other texts and folders, so the measured run finds the JVM's compiled code in place "
            + "(default: ${DEFAULT-VALUE}: a cold start, as a user's first backlog meets it).")
    int warmup;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (files < 1 || warmup < 0) {
            throw new UserError("--files must be at least 1 and --warmup at least 0, got " + files + " and " + warmup);
        }
        IngestBench.Run run = IngestBench.run(files, warmup);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "ingest: %d files of %d KB (%.1f MB) read, published with acks=all and archived in "
                        + "%.2f s = %.0f files/s, %.1f MB/s; %d failed%s%n", files, IngestBench.FILE_CHARS / 1000,
                run.bytes() / 1e6, run.seconds(), files / run.seconds(), run.bytes() / 1e6 / run.seconds(),
                run.failed(), warmup > 0 ? " (after " + warmup + " warm-up files)" : "");
        out.println(run.cpu());
        out.println(Machine.describe());
        out.flush();
        return 0;
    }
}
