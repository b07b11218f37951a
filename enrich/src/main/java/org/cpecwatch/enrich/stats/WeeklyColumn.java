package org.cpecwatch.enrich.stats;

import java.util.Optional;

import org.cpecwatch.schemas.avro.ProvinceWeek;

/** Which count of a province-week a processor keeps. */
enum WeeklyColumn {
    RELEVANT_ARTICLES,
    INCIDENTS;

    /** The counts after {@code delta}; empty when both counts are back to zero and the week is to be deleted. */
    Optional<ProvinceWeek> add(ProvinceWeek current, ProvinceWeekKey key, long delta) {
        ProvinceWeek counts = current != null ? current
                : new ProvinceWeek(key.province(), key.weekStart().toString(), 0L, 0L);
        ProvinceWeek next = switch (this) {
            case RELEVANT_ARTICLES -> new ProvinceWeek(counts.getProvince(), counts.getWeekStart(),
                    counts.getRelevantArticles() + delta, counts.getIncidents());
            case INCIDENTS -> new ProvinceWeek(counts.getProvince(), counts.getWeekStart(),
                    counts.getRelevantArticles(), counts.getIncidents() + delta);
        };
        return next.getRelevantArticles() == 0 && next.getIncidents() == 0 ? Optional.empty() : Optional.of(next);
    }
}
