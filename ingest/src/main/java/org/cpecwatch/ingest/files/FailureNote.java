package org.cpecwatch.ingest.files;

import java.time.Instant;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * What the {@code <name>.error.json} sidecar beside a failed file says. Written for a person first (the reason is
 * plain words) and for tools second (the exception class, the attempts, the time).
 *
 * @param stage          the pipeline stage that gave up on the file; always {@code ingest} today
 * @param originalName   the name the file had in the inbox (the failed copy may carry a numbered name)
 * @param line           for one line of a JSON-lines file, its line number; absent for a whole file
 * @param reason         why, in words the person who dropped the file understands
 * @param exceptionClass the exception behind the reason, when there was one
 * @param attempts       how many times ingest tried the file
 * @param failedAt       when it gave up, an ISO-8601 instant
 */
@JsonPropertyOrder({"stage", "originalName", "line", "reason", "exceptionClass", "attempts", "failedAt"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FailureNote(String stage, String originalName, Integer line, String reason, String exceptionClass,
                          int attempts, String failedAt) {

    public static final String INGEST = "ingest";

    public FailureNote {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(originalName, "originalName");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(failedAt, "failedAt");
    }

    public static FailureNote ofFile(String originalName, String reason, String exceptionClass, int attempts, Instant at) {
        return new FailureNote(INGEST, originalName, null, reason, exceptionClass, attempts, at.toString());
    }

    public static FailureNote ofLine(String originalName, int line, String reason, Instant at) {
        return new FailureNote(INGEST, originalName, line, reason, null, 1, at.toString());
    }
}
