package org.cpecwatch.sink.query;

import java.time.LocalDate;

import org.cpecwatch.schemas.avro.RelevanceLabel;

/**
 * What an analyst asks for; every criterion is optional (null) and they combine with AND.
 *
 * @param label    only articles with this relevance label ({@code --relevant} is {@code RELEVANT})
 * @param since    published (or, without a date, ingested) on or after this day
 * @param until    published (or ingested) on or before this day
 * @param category articles tagged with this category
 * @param place    articles naming this place or a place inside it (a gazetteer name, any case): Sindh finds Karachi
 * @param group    articles naming this militant group (any case)
 * @param text     full-text query over title and text
 * @param limit    at most this many articles, newest first; null for all
 */
public record ArticleFilter(RelevanceLabel label, LocalDate since, LocalDate until, String category, String place,
                            String group, String text, Integer limit) {

    public static final ArticleFilter ALL = new ArticleFilter(null, null, null, null, null, null, null, null);

    public ArticleFilter {
        if (limit != null && limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
        if (since != null && until != null && since.isAfter(until)) {
            throw new IllegalArgumentException("since " + since + " is after until " + until);
        }
    }
}
