package org.cpecwatch.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.cpecwatch.app.format.CsvRows;
import org.cpecwatch.app.format.OutputFormat;
import org.cpecwatch.app.format.TextTable;
import org.cpecwatch.app.format.TextTable.Column;
import org.cpecwatch.sink.query.ArticleQueries;
import org.cpecwatch.sink.query.ArticleSummary;
import org.cpecwatch.sink.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Lists stored articles, newest first, with the filters given (they combine with AND).")
final class QueryCommand implements Callable<Integer> {

    static final int DEFAULT_LIMIT = 50;
    static final List<String> HEADER_FOR_EXPORT =
            List.of("date", "label", "score", "title", "categories", "source", "url", "file", "id");

    @Mixin
    Locations locations;

    @Mixin
    FilterOptions filters;

    @Option(names = "--format", defaultValue = "table", paramLabel = "F",
            description = "table, json (one object per line) or csv (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<ArticleSummary> articles;
        try (ArticleStore store = ExistingDatabase.open(locations.database())) {
            articles = new ArticleQueries(store.connection(), store.dialect()).find(filters.toFilter(DEFAULT_LIMIT));
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case json -> {
                ObjectMapper json = new ObjectMapper();
                for (ArticleSummary a : articles) {
                    out.println(json.writeValueAsString(a));
                }
            }
            case csv -> {
                try (CsvRows csv = new CsvRows(out, HEADER_FOR_EXPORT)) {
                    articles.forEach(a -> csv.add(cells(a)));
                }
            }
            case table -> table(articles).print(out);
        }
        out.flush();
        return 0;
    }

    static List<String> cells(ArticleSummary a) {
        return List.of(nullToEmpty(a.date()), a.label(), String.format(Locale.ROOT, "%.2f", a.score()),
                nullToEmpty(a.title()), String.join(";", a.categories()), nullToEmpty(a.source()), nullToEmpty(a.url()),
                a.originalFile(), a.id());
    }

    private static TextTable table(List<ArticleSummary> articles) {
        TextTable table = new TextTable(List.of(new Column("DATE", 10), new Column("LABEL", 17), new Column("SCORE", 5),
                new Column("TITLE", 60), new Column("CATEGORIES", 30), new Column("FILE", 28), new Column("ID", 12)));
        for (ArticleSummary a : articles) {
            table.add(List.of(nullToEmpty(a.date()), a.label(), String.format(Locale.ROOT, "%.2f", a.score()),
                    a.title() == null ? "(untitled)" : a.title(), String.join(",", a.categories()), a.originalFile(),
                    a.id().substring(0, Math.min(12, a.id().length()))));
        }
        return table;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
