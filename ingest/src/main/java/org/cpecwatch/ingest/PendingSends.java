package org.cpecwatch.ingest;

/** Counts the broker's answers for the records of one file; the file is settled when the last one arrives. */
final class PendingSends {

    private int unanswered;
    private Exception firstError;

    PendingSends(int records) {
        this.unanswered = records;
    }

    /** Records one answer (null error = acknowledged); true for the last answer, exactly once. */
    synchronized boolean answered(Exception error) {
        if (error != null && firstError == null) {
            firstError = error;
        }
        unanswered--;
        return unanswered == 0;
    }

    synchronized Exception firstError() {
        return firstError;
    }
}
