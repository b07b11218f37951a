package org.cpecwatch.app.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.cpecwatch.app.format.Listing;
import org.cpecwatch.app.format.OutputFormat;
import org.cpecwatch.app.format.TextTable.Column;
import org.cpecwatch.sink.query.IncidentFilter;
import org.cpecwatch.sink.query.IncidentQueries;
import org.cpecwatch.sink.query.IncidentSummary;
import org.cpecwatch.sink.query.SummaryJson;
import org.cpecwatch.sink.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "incidents", mixinStandardHelpOptions = true,
        description = {"Lists the incident register, newest first.",
                "--format json prints one row per incident, as the web API serves them; add --full for each "
                        + "incident's full record, with every report and conflicting value."})
final class IncidentsCommand implements Callable<Integer> {

    private static final int SHORT_ID = 12;
    /** CSV keeps its first columns where they were; what came later is appended. */
    private static final Listing<IncidentSummary> LISTING = new Listing<>(
            List.of("date", "type", "place", "province", "killed", "injured", "perpetrator", "reports", "id",
                    "date_precision", "claimed", "background", "lat", "lon", "chinese_killed", "chinese_injured",
                    "conflicts"),
            IncidentsCommand::cells,
            List.of(new Column("ID", SHORT_ID), new Column("TYPE", 16), new Column("DATE", 18), new Column("PLACE", 24),
                    new Column("PROVINCE", 18), new Column("KILLED", 6), new Column("INJURED", 7),
                    new Column("CHINESE K/I", 11), new Column("PERPETRATOR", 32), new Column("REPORTS", 7),
                    new Column("CONFLICTS", 9), new Column("BACKGROUND", 10)),
            IncidentsCommand::tableCells).withJson(SummaryJson::incident);

    @Mixin
    Locations locations;

    @Option(names = "--since", paramLabel = "YYYY-MM-DD", description = "Incidents on or after this day.")
    LocalDate since;

    @Option(names = "--until", paramLabel = "YYYY-MM-DD", description = "Incidents on or before this day.")
    LocalDate until;

    @Option(names = "--type", paramLabel = "T", description = "Incidents of this type exactly (BOMBING, SHOOTING, ...).")
    String type;

    @Option(names = "--province", paramLabel = "P", description = "Incidents in this province (any case).")
    String province;

    @Option(names = "--limit", paramLabel = "N", description = "At most N incidents.")
    Integer limit;

    @Option(names = "--full", description = "With --format json: each incident's full record instead of its row.")
    boolean full;

    @Mixin
    FormatOption output = FormatOption.offering(OutputFormat.table, OutputFormat.json, OutputFormat.csv);

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (limit != null && limit < 1) {
            throw new UserError("--limit must be at least 1, got " + limit);
        }
        if (since != null && until != null && since.isAfter(until)) {
            throw new UserError("--since " + since + " is after --until " + until);
        }
        if (full && !output.isJson()) {
            throw new UserError("--full prints JSON records; use it with --format json");
        }
        PrintWriter out = spec.commandLine().getOut();
        IncidentFilter filter = new IncidentFilter(since, until, FilterOptions.canonicalPlace(province), type, limit);
        try (ArticleStore store = ExistingDatabase.open(locations.database())) {
            IncidentQueries queries = new IncidentQueries(store.connection());
            if (full) {
                queries.exportJson(filter, out::println);
                out.flush();
                return 0;
            }
            List<IncidentSummary> incidents = queries.find(filter);
            LISTING.print(incidents, output.format(), out);
            if (incidents.isEmpty() && output.format() == OutputFormat.table) {
                out.println("(no incidents in the register yet)");
                out.flush();
            }
        }
        return 0;
    }

    private static List<String> cells(IncidentSummary i) {
        return Arrays.asList(text(i.date()), i.type(), text(i.place()), text(i.province()), text(i.killed()),
                text(i.injured()), text(i.perpetrator()), String.valueOf(i.reports()), i.id(), text(i.datePrecision()),
                String.valueOf(i.claimed()), String.valueOf(i.background()), text(i.lat()), text(i.lon()),
                text(i.chineseKilled()), text(i.chineseInjured()), String.valueOf(i.conflicts()));
    }

    private static List<String> tableCells(IncidentSummary i) {
        return Arrays.asList(i.id().substring(0, Math.min(SHORT_ID, i.id().length())), i.type(), datePrecisely(i),
                text(i.place()), text(i.province()), text(i.killed()), text(i.injured()), chineseShare(i), perpetrator(i),
                String.valueOf(i.reports()), i.conflicts() == 0 ? "" : String.valueOf(i.conflicts()),
                i.background() ? "yes" : "");
    }

    /** Chinese killed/injured, {@code 2/-} when no report names Chinese among the injured; empty when neither. */
    private static String chineseShare(IncidentSummary i) {
        if (i.chineseKilled() == null && i.chineseInjured() == null) {
            return "";
        }
        return (i.chineseKilled() == null ? "-" : i.chineseKilled()) + "/"
                + (i.chineseInjured() == null ? "-" : i.chineseInjured());
    }

    /** A day needs no word; a coarser date says how coarse: {@code 2024-10 (month)}, {@code 2024-10-07 (week)}. */
    private static String datePrecisely(IncidentSummary i) {
        if (i.date() == null) {
            return "";
        }
        if (i.datePrecision() == null || "DAY".equals(i.datePrecision())) {
            return i.date();
        }
        return i.date() + " (" + i.datePrecision().toLowerCase(Locale.ROOT) + ")";
    }

    private static String perpetrator(IncidentSummary i) {
        if (i.perpetrator() == null) {
            return "";
        }
        return i.claimed() ? i.perpetrator() + " (claimed)" : i.perpetrator();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
