package org.cpecwatch.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.cpecwatch.app.data.DataFolder;
import org.cpecwatch.app.data.ReadyFile;
import org.cpecwatch.app.format.OutputFormat;
import org.cpecwatch.app.pipeline.Stages;
import org.cpecwatch.ingest.files.FailedFolder;
import org.cpecwatch.ingest.inbox.FileNames;
import org.cpecwatch.ingest.ledger.FileLedger;
import org.cpecwatch.ingest.ledger.FileState;
import org.cpecwatch.schemas.avro.RelevanceLabel;
import org.cpecwatch.sink.db.Database;
import org.cpecwatch.sink.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Whether each stage is ready, and what the pipeline holds: files waiting, archived and failed, "
                + "articles stored and relevant.")
final class StatusCommand implements Callable<Integer> {

    @Mixin
    Locations locations;

    @Mixin
    FormatOption output = FormatOption.offering(OutputFormat.table, OutputFormat.json);

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        DataFolder data = locations.dataFolder();
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("running", data.isRunning());
        Instant now = Clock.systemUTC().instant();
        Stages.NAMES.forEach(stage -> status.put(stage, ReadyFile.describe(data.readyFile(stage), now)));
        // The ledger only learns of a file when ingest claims it: what waits in the inbox is counted on disk.
        status.put("inbox", countFiles(locations.inbox, name -> !FileNames.isIgnored(name)));
        status.putAll(Files.exists(data.ingestLedger()) ? ledgerCounts(data) : folderCounts(data));
        status.putAll(databaseCounts());
        PrintWriter out = spec.commandLine().getOut();
        if (output.isJson()) {
            out.println(new ObjectMapper().writeValueAsString(status));
        } else {
            status.forEach((key, value) -> out.printf("%-18s %s%n", key, value));
        }
        out.flush();
        return 0;
    }

    private static Map<String, Long> ledgerCounts(DataFolder data) throws SQLException {
        Map<FileState, Long> byState;
        try (FileLedger ledger = FileLedger.open(data.ingestLedger(), Clock.systemUTC())) {
            byState = ledger.counts();
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        // Published files wait in processing until they are moved to the archive.
        counts.put("processing", byState.get(FileState.CLAIMED) + byState.get(FileState.PUBLISHED));
        counts.put("archived", byState.get(FileState.ARCHIVED));
        counts.put("failed", byState.get(FileState.FAILED));
        counts.put("duplicate", byState.get(FileState.DUPLICATE));
        counts.put("published", byState.get(FileState.PUBLISHED) + byState.get(FileState.ARCHIVED));
        return counts;
    }

    /** Before the first ingest wrote a ledger (or a data folder from an older cpecwatch): the folders tell. */
    private static Map<String, Long> folderCounts(DataFolder data) {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("processing", countFiles(data.processing(), name -> true));
        long archived = countFiles(data.archive(), name -> true);
        counts.put("archived", archived);
        counts.put("failed", countFiles(data.failed(), name -> !name.endsWith(FailedFolder.SIDECAR_SUFFIX)));
        counts.put("duplicate", 0L);
        counts.put("published", archived);
        return counts;
    }

    private Map<String, Long> databaseCounts() throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        Database database = locations.database();
        if (database.isMissingSqliteFile()) {
            counts.put("stored", 0L);
            counts.put("relevant", 0L);
            counts.put("possiblyRelevant", 0L);
            return counts;
        }
        try (ArticleStore store = ArticleStore.open(database, Clock.systemUTC())) {
            counts.put("stored", store.count());
            counts.put("relevant", store.countWithLabel(RelevanceLabel.RELEVANT));
            counts.put("possiblyRelevant", store.countWithLabel(RelevanceLabel.POSSIBLY_RELEVANT));
        }
        return counts;
    }

    private static long countFiles(Path folder, Predicate<String> counted) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).filter(p -> counted.test(p.getFileName().toString())).count();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot count the files in " + folder, e);
        }
    }
}
