package org.cpecwatch.app.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import org.cpecwatch.app.format.Listing;
import org.cpecwatch.app.format.OutputFormat;
import org.cpecwatch.app.format.TextTable.Column;
import org.cpecwatch.sink.query.ProvinceWeekFilter;
import org.cpecwatch.sink.query.ProvinceWeekQueries;
import org.cpecwatch.sink.query.ProvinceWeekRow;
import org.cpecwatch.sink.query.SummaryJson;
import org.cpecwatch.sink.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "weeks", mixinStandardHelpOptions = true,
        description = {"Lists the weekly counts per province, oldest week first: relevant articles by the week they "
                + "were published, incidents by the week they happened (weeks start on Monday, UTC)."})
final class WeeksCommand implements Callable<Integer> {

    private static final Listing<ProvinceWeekRow> LISTING = new Listing<ProvinceWeekRow>(
            List.of("week_start", "province", "relevant_articles", "incidents"),
            w -> List.of(w.weekStart(), w.province(), String.valueOf(w.relevantArticles()), String.valueOf(w.incidents())),
            List.of(new Column("WEEK", 10), new Column("PROVINCE", 24), new Column("RELEVANT", 8),
                    new Column("INCIDENTS", 9)),
            w -> List.of(w.weekStart(), w.province(), String.valueOf(w.relevantArticles()), String.valueOf(w.incidents())))
            .withJson(SummaryJson::week);

    @Mixin
    Locations locations;

    @Option(names = "--province", paramLabel = "P", description = "Only this province (any case).")
    String province;

    @Option(names = "--since", paramLabel = "YYYY-MM-DD", description = "Weeks that end on or after this day.")
    LocalDate since;

    @Option(names = "--until", paramLabel = "YYYY-MM-DD", description = "Weeks that start on or before this day.")
    LocalDate until;

    @Mixin
    FormatOption output = FormatOption.offering(OutputFormat.table, OutputFormat.json, OutputFormat.csv);

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (since != null && until != null && since.isAfter(until)) {
            throw new UserError("--since " + since + " is after --until " + until);
        }
        PrintWriter out = spec.commandLine().getOut();
        List<ProvinceWeekRow> weeks;
        try (ArticleStore store = ExistingDatabase.open(locations.database())) {
            weeks = new ProvinceWeekQueries(store.connection()).find(new ProvinceWeekFilter(FilterOptions.canonicalPlace(province), since, until));
        }
        LISTING.print(weeks, output.format(), out);
        if (weeks.isEmpty() && output.format() == OutputFormat.table) {
            out.println("(no weekly counts stored yet)");
            out.flush();
        }
        return 0;
    }
}
