package org.cpecwatch.app.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.cpecwatch.app.format.Listing;
import org.cpecwatch.app.format.OutputFormat;
import org.cpecwatch.app.format.TextTable.Column;
import org.cpecwatch.sink.query.ArticleQueries;
import org.cpecwatch.sink.query.ArticleSummary;
import org.cpecwatch.sink.query.SummaryJson;
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
    static final List<String> CSV_HEADER =
            List.of("date", "label", "score", "title", "categories", "source", "url", "file", "id");
    static final Listing<ArticleSummary> LISTING = new Listing<>(CSV_HEADER, QueryCommand::cells,
            List.of(new Column("DATE", 10), new Column("LABEL", 17), new Column("SCORE", 5), new Column("TITLE", 60),
                    new Column("CATEGORIES", 30), new Column("FILE", 28), new Column("ID", 12)),
            a -> List.of(text(a.date()), a.label(), score(a), a.title() == null ? "(untitled)" : a.title(),
                    String.join(",", a.categories()), a.originalFile(), a.id().substring(0, Math.min(12, a.id().length()))))
            .withJson(SummaryJson::article);

    @Mixin
    Locations locations;

    @Mixin
    FilterOptions filters;

    @Mixin
    FormatOption output = FormatOption.offering(OutputFormat.table, OutputFormat.json, OutputFormat.csv);

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<ArticleSummary> articles;
        try (ArticleStore store = ExistingDatabase.open(locations.database())) {
            articles = new ArticleQueries(store.connection(), store.dialect()).find(filters.toFilter(DEFAULT_LIMIT));
        }
        LISTING.print(articles, output.format(), spec.commandLine().getOut());
        return 0;
    }

    static List<String> cells(ArticleSummary a) {
        return List.of(text(a.date()), a.label(), score(a), text(a.title()), String.join(";", a.categories()),
                text(a.source()), text(a.url()), a.originalFile(), a.id());
    }

    private static String score(ArticleSummary a) {
        return String.format(Locale.ROOT, "%.2f", a.score());
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
