package org.cpecwatch.sink.query;

import java.time.LocalDate;

/** Incidents on or after {@code since}, in {@code province} (any case); null means any. */
public record IncidentFilter(LocalDate since, String province, Integer limit) {
}
