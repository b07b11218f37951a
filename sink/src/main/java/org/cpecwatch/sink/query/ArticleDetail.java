package org.cpecwatch.sink.query;

/**
 * One article in full: its summary, its story ({@code storyId} is the story's first article) and the whole
 * EnrichedArticle record as stored (JSON): clean text, relevance reasons with their evidence spans, categories,
 * entities and incidents.
 */
public record ArticleDetail(ArticleSummary summary, String storyId, String recordJson) {
}
