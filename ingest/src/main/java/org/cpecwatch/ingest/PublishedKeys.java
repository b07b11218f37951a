package org.cpecwatch.ingest;

import java.time.Instant;
import java.util.Set;

/**
 * The keys already on {@code articles.raw} since a moment: how a restart finds the files Kafka acknowledged in
 * the instant before a crash, before the ledger could record it, and archives them instead of sending them again.
 */
public interface PublishedKeys {

    /** Nothing to look up (tests with a mock producer): every file the ledger does not know as acknowledged is resent. */
    PublishedKeys NONE = since -> Set.of();

    Set<String> since(Instant since);
}
