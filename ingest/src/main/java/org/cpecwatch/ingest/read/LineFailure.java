package org.cpecwatch.ingest.read;

/** A line of a JSONL file that is not an article; the rest of the file is still read. */
public record LineFailure(int lineNumber, String line, String reason) {
}
