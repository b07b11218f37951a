package org.cpecwatch.ingest.read;

/** A line of a JSONL file that is not an article; the rest of the file is still read (and the file kept whole). */
public record LineFailure(int lineNumber, String reason) {
}
