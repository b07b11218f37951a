package org.cpecwatch.sink.query;

/**
 * One incident of the register as a query lists it. {@code claimed} says the perpetrator claimed it;
 * {@code background} that every report mentions it only as history or context.
 */
public record IncidentSummary(String id, String type, String date, String datePrecision, String place,
                              String province, Integer killed, Integer injured, String perpetrator, boolean claimed,
                              int reports, boolean background) {
}
