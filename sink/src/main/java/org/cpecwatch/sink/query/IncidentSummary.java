package org.cpecwatch.sink.query;

/**
 * One incident of the register as a query lists it. {@code claimed} says the perpetrator claimed it;
 * {@code background} that every report mentions it only as history or context. {@code chineseKilled} and
 * {@code chineseInjured} are the Chinese share of killed and injured, null where no report names it;
 * {@code conflicts} is how many values some reports give that differ from the best ones.
 */
public record IncidentSummary(String id, String type, String date, String datePrecision, String place,
                              String province, Integer killed, Integer injured, String perpetrator, boolean claimed,
                              int reports, boolean background, Double lat, Double lon, Integer chineseKilled,
                              Integer chineseInjured, int conflicts) {
}
