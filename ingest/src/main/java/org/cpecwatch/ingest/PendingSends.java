package org.cpecwatch.ingest;

import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * The broker's answers for the records of one file, filled in on the producer's network thread; the file is
 * settled (by the worker, never on that thread) once the last answer arrived.
 */
final class PendingSends {

    private final RecordMetadata[] acknowledgements;
    private int unanswered;
    private Exception firstError;

    PendingSends(int records) {
        this.acknowledgements = new RecordMetadata[records];
        this.unanswered = records;
    }

    /** Records the answer for record {@code index} (null error = acknowledged); true for the last answer, once. */
    synchronized boolean answered(int index, RecordMetadata metadata, Exception error) {
        if (error != null && firstError == null) {
            firstError = error;
        }
        acknowledgements[index] = metadata;
        unanswered--;
        return unanswered == 0;
    }

    synchronized Exception firstError() {
        return firstError;
    }

    /** Where record {@code index} landed; null when it was not acknowledged. */
    synchronized RecordMetadata acknowledgement(int index) {
        return acknowledgements[index];
    }
}
