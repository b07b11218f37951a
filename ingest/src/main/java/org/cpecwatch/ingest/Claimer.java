package org.cpecwatch.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.cpecwatch.ingest.files.FileMoves;
import org.cpecwatch.ingest.inbox.ReadyFiles;
import org.cpecwatch.ingest.ledger.IngestLedger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Claims inbox files by an atomic move into processing, a batch in one ledger transaction; the worker says how many. */
final class Claimer {

    private static final Logger LOG = LoggerFactory.getLogger(Claimer.class);

    private final Path processing;
    private final ReadyFiles readyFiles;
    private final IngestLedger ledger;
    private final ClaimedFiles claimed;

    Claimer(Path processing, ReadyFiles readyFiles, IngestLedger ledger, ClaimedFiles claimed) {
        this.processing = processing;
        this.readyFiles = readyFiles;
        this.ledger = ledger;
        this.claimed = claimed;
    }

    void claim(List<Path> inboxFiles) {
        ledger.inOneTransaction(() -> {
            // Most batches hold no file that `retry` put back: then none needs looking up. The transaction keeps
            // other processes from putting one back meanwhile.
            boolean mayBeRetried = !inboxFiles.isEmpty() && ledger.hasRetried();
            inboxFiles.forEach(file -> claim(file, mayBeRetried));
        });
    }

    private void claim(Path inboxFile, boolean mayBeRetried) {
        long size = readyFiles.sizeAtScan(inboxFile);
        readyFiles.forget(inboxFile);
        try {
            Path inProcessing = FileMoves.moveInto(inboxFile, processing);
            ledger.claimedFromInbox(inboxFile, inProcessing, size, mayBeRetried);
            claimed.addFresh(inProcessing);
        } catch (IOException e) {
            // Left in the inbox: the next scan tries again (the user may have removed or locked it).
            LOG.warn("cannot claim {}: {}", inboxFile, e.getMessage());
        }
    }
}
