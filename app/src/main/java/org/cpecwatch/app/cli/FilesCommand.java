package org.cpecwatch.app.cli;

import java.nio.file.Files;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.cpecwatch.app.format.Listing;
import org.cpecwatch.app.format.OutputFormat;
import org.cpecwatch.app.format.TextTable.Column;
import org.cpecwatch.ingest.ledger.FileLedger;
import org.cpecwatch.ingest.ledger.FileState;
import org.cpecwatch.ingest.ledger.LedgerEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "files", mixinStandardHelpOptions = true,
        description = "Lists the ingest ledger: every file dropped into the inbox, where it is and what became of it.")
final class FilesCommand implements Callable<Integer> {

    private static final int HASH_PREFIX = 12;
    // Table and JSON only: the rows nest articles, which CSV has no good shape for.
    static final Listing<LedgerEntry> LISTING = new Listing<>(List.of(), e -> List.of(),
            List.of(new Column("STATE", 10), new Column("FILE", 32), new Column("SIZE", 9), new Column("TYPE", 20),
                    new Column("CHARSET", 12), new Column("HASH", HASH_PREFIX + 4), new Column("PART@OFFSET", 14),
                    new Column("TRIES", 5), new Column("LAST ERROR", 40), new Column("UPDATED", 24)),
            FilesCommand::cells);

    @Mixin
    Locations locations;

    @Option(names = "--state", paramLabel = "S", description = "Only files in this state: ${COMPLETION-CANDIDATES}.")
    FileState state;

    @Mixin
    FormatOption output = FormatOption.offering(OutputFormat.table, OutputFormat.json);

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<LedgerEntry> entries = List.of();
        // No ledger yet means nothing was ever dropped: an empty listing, and no empty database left behind.
        if (Files.exists(locations.dataFolder().ingestLedger())) {
            try (FileLedger ledger = FileLedger.open(locations.dataFolder().ingestLedger(), Clock.systemUTC())) {
                entries = ledger.list(Optional.ofNullable(state));
            }
        }
        LISTING.print(entries, output.format(), spec.commandLine().getOut());
        return 0;
    }

    private static List<String> cells(LedgerEntry e) {
        return List.of(e.state().name(), e.name(), Long.toString(e.sizeBytes()), text(e.contentType()), text(e.charset()),
                hashes(e), landedAt(e), Integer.toString(e.attempts()), lastError(e), e.updatedAt());
    }

    private static String hashes(LedgerEntry e) {
        if (e.articles().isEmpty()) {
            return "";
        }
        String first = e.articles().get(0).hash();
        String prefix = first.substring(0, Math.min(HASH_PREFIX, first.length()));
        return e.articles().size() == 1 ? prefix : prefix + " +" + (e.articles().size() - 1);
    }

    private static String landedAt(LedgerEntry e) {
        return e.articles().stream().filter(LedgerEntry.Article::isAcknowledged).findFirst()
                .map(a -> a.partition() + "@" + a.offset()).orElse("");
    }

    private static String lastError(LedgerEntry e) {
        if (e.state() == FileState.DUPLICATE) {
            return "duplicate of " + e.duplicateOf();
        }
        return text(e.lastError());
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
