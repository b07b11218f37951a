package org.cpecwatch.sink.query;

import java.util.List;

/** One article as a query lists it. */
public record ArticleSummary(String id, String date, String label, double score, String title, List<String> categories,
                             String source, String url, String originalFile, String ingestedAt) {
}
