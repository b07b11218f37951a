package org.cpecwatch.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.cpecwatch.app.data.DataFolder;
import org.cpecwatch.ingest.files.BackToInbox;
import org.cpecwatch.ingest.ledger.FileLedger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "retry", mixinStandardHelpOptions = true,
        description = "Moves failed files back into the inbox (under a free name, never over another file) so ingest "
                + "reads them again; works while run is running.")
final class RetryCommand implements Callable<Integer> {

    @Mixin
    Locations locations;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Names of files in <data>/failed.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--all-failed", description = "Every file in <data>/failed.")
    boolean allFailed;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (allFailed == !files.isEmpty()) {
            throw new UserError("name the failed files to retry, or give --all-failed (not both)");
        }
        DataFolder data = locations.dataFolder();
        List<Path> chosen = allFailed ? failedFiles(data.failed())
                : files.stream().map(f -> data.failed().resolve(f.getFileName().toString())).toList();
        Path inbox = locations.inbox.toAbsolutePath().normalize();
        PrintWriter out = spec.commandLine().getOut();
        int exitCode = 0;
        try (FileLedger ledger = Files.exists(data.ingestLedger()) ? FileLedger.open(data.ingestLedger(), Clock.systemUTC()) : null) {
            for (Path failed : chosen) {
                if (!Files.isRegularFile(failed) || BackToInbox.isSidecar(failed)) {
                    spec.commandLine().getErr().println("cpecwatch: " + failed.getFileName() + " is not in " + data.failed());
                    exitCode = OneLineErrors.FAILED;
                    continue;
                }
                Path landed = BackToInbox.move(failed, inbox);
                noteRetry(ledger, failed, landed);
                out.println("retrying " + failed.getFileName() + " as " + landed);
            }
        }
        out.flush();
        spec.commandLine().getErr().flush();
        return exitCode;
    }

    /** The ledger entry goes back to DISCOVERED at its new inbox path, so ingest continues the same entry. */
    private static void noteRetry(FileLedger ledger, Path failed, Path landed) throws SQLException {
        if (ledger != null) {
            var entry = ledger.failedAt(failed);
            if (entry.isPresent()) {
                ledger.retried(entry.get().id(), landed);
            }
        }
    }

    private static List<Path> failedFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.list(folder)) {
            return paths.filter(Files::isRegularFile).filter(p -> !BackToInbox.isSidecar(p)).sorted().toList();
        }
    }
}
