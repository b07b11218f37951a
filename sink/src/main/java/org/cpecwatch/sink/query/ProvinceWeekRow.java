package org.cpecwatch.sink.query;

/** The counts of one province in the week starting on Monday {@code weekStart} (ISO date, UTC). */
public record ProvinceWeekRow(String province, String weekStart, long relevantArticles, long incidents) {
}
