package org.cpecwatch.ingest.files;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * What the {@code <name>.error.json} sidecar in the failed folder says. Written for a person first (the reason is
 * plain words) and for tools second (the exception class, the attempts, the time).
 *
 * @param stage          the pipeline stage that gave up on the file; always {@code ingest} today
 * @param originalName   the name the file had in the inbox (the failed copy may carry a numbered name)
 * @param reason         why, in words the person who dropped the file understands
 * @param exceptionClass the exception behind the reason, when there was one
 * @param attempts       how many times ingest tried the file
 * @param failedAt       when it gave up, an ISO-8601 instant
 * @param badLineCount   for a JSON-lines file whose good lines were published: how many lines were not articles
 * @param badLines       the first {@value #LISTED_BAD_LINES} of them, with their line numbers and reasons
 * @param archivedAs     where that file was archived, bad lines and all
 */
@JsonPropertyOrder({"stage", "originalName", "reason", "exceptionClass", "attempts", "failedAt", "badLineCount",
        "badLines", "archivedAs"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FailureNote(String stage, String originalName, String reason, String exceptionClass, int attempts,
                          String failedAt, Integer badLineCount, List<BadLine> badLines, String archivedAs) {

    public static final String INGEST = "ingest";
    /** Enough to see what is wrong with an export; the archived file holds the rest. */
    public static final int LISTED_BAD_LINES = 100;

    /** One line of a JSON-lines file that is not an article. */
    public record BadLine(int line, String reason) {
    }

    public FailureNote {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(originalName, "originalName");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(failedAt, "failedAt");
        badLines = badLines == null ? null : List.copyOf(badLines);
    }

    public static FailureNote ofFile(String originalName, String reason, String exceptionClass, int attempts, Instant at) {
        return new FailureNote(INGEST, originalName, reason, exceptionClass, attempts, at.toString(), null, null, null);
    }

    /** The one note for all the bad lines of a file, however many: a note a line flooded the disk. */
    public static FailureNote ofBadLines(String originalName, List<BadLine> badLines, Path archivedAs, Instant at) {
        String reason = badLines.size() + (badLines.size() == 1 ? " line is" : " lines are")
                + " not an article and " + (badLines.size() == 1 ? "was" : "were")
                + " left out; the file's other lines were published (line " + badLines.get(0).line() + ": "
                + badLines.get(0).reason() + ")";
        return new FailureNote(INGEST, originalName, reason, null, 1, at.toString(), badLines.size(),
                badLines.subList(0, Math.min(badLines.size(), LISTED_BAD_LINES)), archivedAs.toString());
    }
}
