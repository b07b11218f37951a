package org.cpecwatch.sink.query;

import java.util.List;

/**
 * One incident in full: its summary, every conflicting value with the articles that give it, the ids of the
 * articles that report it (stored or not yet), and the whole Incident record as stored (JSON).
 */
public record IncidentDetail(IncidentSummary summary, List<ConflictingValue> conflicts, List<String> articleIds,
                             String recordJson) {
}
