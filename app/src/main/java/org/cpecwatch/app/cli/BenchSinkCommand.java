package org.cpecwatch.app.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.cpecwatch.app.bench.Machine;
import org.cpecwatch.app.bench.SinkBench;
import org.cpecwatch.sink.db.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "sink", mixinStandardHelpOptions = true,
        description = "Benchmark: rows/s the sink upserts from articles.enriched into a database (a new embedded "
                + "broker and, by default, a new SQLite file in a temporary folder).")
final class BenchSinkCommand implements Callable<Integer> {

    @Option(names = "--db", paramLabel = "URL", description = "Database to fill (default: a new SQLite file).")
    String db;

    @Option(names = "--articles", defaultValue = "20000", paramLabel = "N", description = "Articles (default: ${DEFAULT-VALUE}).")
    int articles;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        SinkBench.Run run = SinkBench.run(db == null ? null : Database.of(db), articles);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "sink into %s: %d articles (5 KB text, 2 categories, 3 entities each) in %.2f s = %.0f rows/s%n",
                run.dialect(), articles, run.seconds(), articles / run.seconds());
        out.println(Machine.describe() + "; " + run.writers() + " writer connection(s)");
        out.flush();
        return 0;
    }
}
