package org.cpecwatch.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.cpecwatch.ingest.inbox.FileNames;
import org.cpecwatch.ingest.ledger.IngestLedger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What a crash or a stop left in the processing folder, and which of its keys Kafka has already. */
final class LeftInProcessing {

    private static final Logger LOG = LoggerFactory.getLogger(LeftInProcessing.class);
    // The ledger's clock and the records' timestamps may differ a little; reading a minute more is cheap.
    private static final Duration CLOCK_MARGIN = Duration.ofMinutes(1);

    private LeftInProcessing() {
    }

    static List<Path> list(Path processing) {
        try (Stream<Path> files = Files.list(processing)) {
            // Not only regular files: a link or FIFO claimed before a restart must reach the reader to be refused.
            return files.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> !FileNames.isIgnored(p.getFileName().toString()))
                    .sorted().toList();
        } catch (IOException e) {
            LOG.warn("cannot list {}: {}", processing, e.getMessage());
            return List.of();
        }
    }

    /**
     * The window between Kafka's acknowledgement and the ledger's record of it: a kill -9 there leaves files in
     * processing that are on the topic. Their keys are read back from the topic, from the moment the earliest of
     * them was discovered (its first send came later), so they are archived rather than sent twice.
     */
    static Set<String> keysOnTopic(List<Path> left, IngestLedger ledger, PublishedKeys published) {
        if (left.isEmpty()) {
            return Set.of();
        }
        Optional<Instant> earliest = left.stream().map(ledger::discoveredAt).flatMap(Optional::stream)
                .min(Instant::compareTo);
        return published.since(earliest.orElse(Instant.EPOCH).minus(CLOCK_MARGIN));
    }
}
