package org.cpecwatch.app.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.cpecwatch.app.format.CsvRows;
import org.cpecwatch.sink.query.ArticleFilter;
import org.cpecwatch.sink.query.ArticleQueries;
import org.cpecwatch.sink.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes the matching articles to a file: jsonl (the full enriched record, one per line) or csv.")
final class ExportCommand implements Callable<Integer> {

    enum ExportFormat { jsonl, csv }

    @Mixin
    Locations locations;

    @Mixin
    FilterOptions filters;

    @Option(names = "--format", required = true, paramLabel = "F", description = "jsonl or csv.")
    ExportFormat format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "File to write (replaced if present).")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ArticleFilter filter = filters.toFilter(null);
        long[] written = {0};
        try (ArticleStore store = ExistingDatabase.open(locations.database());
             BufferedWriter file = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            ArticleQueries queries = new ArticleQueries(store.connection(), store.dialect());
            if (format == ExportFormat.jsonl) {
                queries.exportJson(filter, json -> {
                    writeLine(file, json);
                    written[0]++;
                });
            } else {
                try (CsvRows csv = new CsvRows(file, QueryCommand.CSV_HEADER)) {
                    queries.find(filter).forEach(a -> {
                        csv.add(QueryCommand.cells(a));
                        written[0]++;
                    });
                }
            }
        }
        PrintWriter console = spec.commandLine().getOut();
        console.println("exported " + written[0] + " articles to " + out.toAbsolutePath());
        console.flush();
        return 0;
    }

    private static void writeLine(BufferedWriter file, String line) {
        try {
            // The database may pretty-print jsonb; one record must stay on one line.
            file.write(line.replace('\n', ' '));
            file.newLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
