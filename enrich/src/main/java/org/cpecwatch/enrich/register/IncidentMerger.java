package org.cpecwatch.enrich.register;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

import org.cpecwatch.schemas.avro.Incident;
import org.cpecwatch.schemas.avro.IncidentMention;
import org.cpecwatch.schemas.avro.IncidentReport;

/**
 * Builds an incident from its reports alone, so the same reports always give the same incident whatever order of
 * merges and re-enrichments led to them.
 */
final class IncidentMerger {

    private IncidentMerger() {
    }

    static Incident rebuild(String id, List<IncidentReport> reports, Instant firstReportedAt, Instant updatedAt) {
        if (reports.isEmpty()) {
            throw new IllegalArgumentException("incident " + id + " has no report left; it is deleted, not rebuilt");
        }
        BestValues best = new BestValues(reports);
        Optional<IncidentMention> placeSource = best.placeSource();
        List<String> articleIds = new ArrayList<>(new LinkedHashSet<>(
                reports.stream().map(IncidentReport::getArticleId).toList()));
        return Incident.newBuilder()
                .setId(id)
                .setType(best.types.best().orElseThrow())
                .setDate(best.dates.best().map(BestValues.DateValue::iso).orElse(null))
                .setDatePrecision(best.dates.best().map(BestValues.DateValue::precision).orElse(null))
                .setPlace(best.places.best().map(BestValues.PlaceValue::place).orElse(null))
                .setPlacePrecision(best.places.best().map(BestValues.PlaceValue::precision).orElse(null))
                .setCity(placeSource.map(IncidentMention::getCity).or(best.cities::best).orElse(null))
                .setProvince(placeSource.map(IncidentMention::getProvince).or(best.provinces::best).orElse(null))
                .setLat(placeSource.map(IncidentMention::getLat).orElse(null))
                .setLon(placeSource.map(IncidentMention::getLon).orElse(null))
                .setKilled(best.killed.best().orElse(null))
                .setInjured(best.injured.best().orElse(null))
                .setKilledByNationality(largest(reports, IncidentMention::getKilledByNationality))
                .setInjuredByNationality(largest(reports, IncidentMention::getInjuredByNationality))
                .setPerpetrator(best.perpetrators.best().orElse(null))
                .setClaimed(reports.stream().anyMatch(r -> r.getMention().getClaimed()))
                .setTarget(best.targets.best().orElse(null))
                .setBackground(reports.stream().allMatch(r -> r.getMention().getBackground()))
                .setReportCount(articleIds.size())
                .setArticleIds(articleIds)
                .setReports(new ArrayList<>(reports))
                .setConflicts(best.conflicts())
                .setFirstReportedAt(firstReportedAt)
                .setUpdatedAt(updatedAt)
                .build();
    }

    /** Victims by nationality are lower bounds ("including Chinese nationals" gives 1), so the largest one holds. */
    private static Map<String, Integer> largest(List<IncidentReport> reports,
                                                Function<IncidentMention, Map<String, Integer>> field) {
        Map<String, Integer> largest = new TreeMap<>();
        for (IncidentReport report : reports) {
            field.apply(report.getMention()).forEach((nationality, count) -> largest.merge(nationality, count, Math::max));
        }
        return largest;
    }
}
