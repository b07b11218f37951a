package org.cpecwatch.ingest.ledger;

/**
 * Where a dropped file is in its life. The happy path is DISCOVERED, CLAIMED, PUBLISHED, ARCHIVED; a file ends
 * FAILED when it cannot become an article, DUPLICATE when its text was already sent by an earlier file.
 */
public enum FileState {
    /** Seen in the inbox (or moved back there by {@code cpecwatch retry}). */
    DISCOVERED,
    /** Moved into the processing folder: being read and sent. */
    CLAIMED,
    /** Kafka acknowledged its records; the file still waits to be moved to the archive. */
    PUBLISHED,
    /** In the archive, its records on Kafka. */
    ARCHIVED,
    /** In the failed folder beside a sidecar that says why. */
    FAILED,
    /** Archived without being sent: an earlier file had the same text. */
    DUPLICATE
}
