package org.cpecwatch.ingest.read;

/** What reading one file gave: an article text, or the reason a person will read in the failed folder. */
public sealed interface ReadOutcome {

    record Text(String text, String contentType, String charset, long sizeBytes) implements ReadOutcome {
    }

    record Unreadable(String reason) implements ReadOutcome {
    }
}
