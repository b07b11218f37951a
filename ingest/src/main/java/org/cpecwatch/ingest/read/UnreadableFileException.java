package org.cpecwatch.ingest.read;

/** A file that cannot become an article; the message is written for the person who dropped it. */
public final class UnreadableFileException extends Exception {

    public UnreadableFileException(String reason) {
        super(reason);
    }

    public UnreadableFileException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
