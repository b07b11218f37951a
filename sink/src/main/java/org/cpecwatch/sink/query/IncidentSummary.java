package org.cpecwatch.sink.query;

/** One incident of the register as a query lists it. */
public record IncidentSummary(String id, String type, String date, String place, String province, Integer killed,
                              Integer injured, String perpetrator, int reports) {
}
