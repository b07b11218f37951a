package org.cpecwatch.ingest;

import java.nio.file.Path;
import java.util.List;

import org.cpecwatch.ingest.read.ReadOutcome;
import org.cpecwatch.schemas.avro.RawArticle;

/**
 * A file in processing whose records went to Kafka (or were found acknowledged in the ledger after a restart),
 * waiting for the worker to archive it or schedule it again.
 *
 * @param alreadyAcknowledged the ledger holds every acknowledgement from before a restart: nothing was sent now
 */
record SentFile(Path file, String name, ReadOutcome.Articles read, List<RawArticle> articles, PendingSends answers,
                boolean alreadyAcknowledged) {
}
