package org.cpecwatch.ingest.read;

import java.util.List;

/** What reading one file gave: its articles (and any lines that failed), or the reason a person will read. */
public sealed interface ReadOutcome {

    /** At least one article; {@code failures} lists the JSONL lines that could not be read. */
    record Articles(List<ParsedArticle> articles, List<LineFailure> failures, long sizeBytes) implements ReadOutcome {

        public Articles {
            articles = List.copyOf(articles);
            failures = List.copyOf(failures);
        }
    }

    /** @param exceptionClass the exception behind the reason, for the sidecar and the ledger; null when none */
    record Unreadable(String reason, String exceptionClass) implements ReadOutcome {

        public Unreadable(String reason) {
            this(reason, null);
        }

        static Unreadable because(String reason, Throwable cause) {
            return new Unreadable(reason, cause == null ? null : cause.getClass().getName());
        }
    }
}
