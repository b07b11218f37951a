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

    record Unreadable(String reason) implements ReadOutcome {
    }
}
