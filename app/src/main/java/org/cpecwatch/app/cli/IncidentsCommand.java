package org.cpecwatch.app.cli;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

import org.cpecwatch.app.format.Listing;
import org.cpecwatch.app.format.OutputFormat;
import org.cpecwatch.app.format.TextTable.Column;
import org.cpecwatch.sink.query.IncidentFilter;
import org.cpecwatch.sink.query.IncidentQueries;
import org.cpecwatch.sink.query.IncidentSummary;
import org.cpecwatch.sink.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "incidents", mixinStandardHelpOptions = true,
        description = "Lists the incident register, newest first.")
final class IncidentsCommand implements Callable<Integer> {

    private static final Listing<IncidentSummary> LISTING = new Listing<>(
            List.of("date", "type", "place", "province", "killed", "injured", "perpetrator", "reports", "id"),
            IncidentsCommand::cells,
            List.of(new Column("DATE", 10), new Column("TYPE", 16), new Column("PLACE", 28), new Column("PROVINCE", 20),
                    new Column("KILLED", 6), new Column("INJURED", 7), new Column("PERPETRATOR", 24),
                    new Column("REPORTS", 7)),
            i -> cells(i).subList(0, 8));

    @Mixin
    Locations locations;

    @Option(names = "--since", paramLabel = "YYYY-MM-DD", description = "Incidents on or after this day.")
    LocalDate since;

    @Option(names = "--province", paramLabel = "P", description = "Incidents in this province (any case).")
    String province;

    @Option(names = "--limit", paramLabel = "N", description = "At most N incidents.")
    Integer limit;

    @Mixin
    FormatOption output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (limit != null && limit < 1) {
            throw new UserError("--limit must be at least 1, got " + limit);
        }
        List<IncidentSummary> incidents;
        try (ArticleStore store = ExistingDatabase.open(locations.database())) {
            incidents = new IncidentQueries(store.connection()).find(new IncidentFilter(since, province, limit));
        }
        LISTING.print(incidents, output.format, spec.commandLine().getOut());
        if (incidents.isEmpty() && output.format == OutputFormat.table) {
            spec.commandLine().getOut().println("(no incidents in the register yet)");
            spec.commandLine().getOut().flush();
        }
        return 0;
    }

    private static List<String> cells(IncidentSummary i) {
        return Arrays.asList(text(i.date()), i.type(), text(i.place()), text(i.province()), text(i.killed()),
                text(i.injured()), text(i.perpetrator()), String.valueOf(i.reports()), i.id());
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
