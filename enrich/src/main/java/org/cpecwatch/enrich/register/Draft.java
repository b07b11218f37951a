package org.cpecwatch.enrich.register;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.cpecwatch.schemas.avro.Incident;
import org.cpecwatch.schemas.avro.IncidentReport;

/**
 * An incident while one article's mentions are placed: its reports with that article's taken out, and the slot they
 * held. Reports of the article go back into that slot, so re-enriching an article keeps its place in the order of
 * reports, and with it every tie the order breaks.
 */
final class Draft {

    private final String id;
    private final Incident before;
    private final List<IncidentReport> reports;
    private Instant firstReportedAt;
    private int slot;

    private Draft(String id, Incident before, List<IncidentReport> reports, Instant firstReportedAt, int slot) {
        this.id = id;
        this.before = before;
        this.reports = reports;
        this.firstReportedAt = firstReportedAt;
        this.slot = slot;
    }

    static Draft of(Incident existing, String articleId) {
        List<IncidentReport> others = new ArrayList<>();
        int slot = -1;
        for (IncidentReport report : existing.getReports()) {
            if (report.getArticleId().equals(articleId)) {
                slot = slot < 0 ? others.size() : slot;
            } else {
                others.add(report);
            }
        }
        return new Draft(existing.getId(), existing, others, existing.getFirstReportedAt(), slot < 0 ? others.size() : slot);
    }

    static Draft founded(String id, Instant reportedAt) {
        return new Draft(id, null, new ArrayList<>(), reportedAt, 0);
    }

    void add(IncidentReport report, Instant reportedAt) {
        reports.add(slot++, report);
        if (reportedAt.isBefore(firstReportedAt)) {
            firstReportedAt = reportedAt;
        }
    }

    String id() {
        return id;
    }

    boolean isEmpty() {
        return reports.isEmpty();
    }

    /** The incident as it now stands, or empty when no report is left and it is to be deleted. */
    Optional<Incident> result(Instant updatedAt) {
        return isEmpty() ? Optional.empty() : Optional.of(IncidentMerger.rebuild(id, reports, firstReportedAt, updatedAt));
    }

    /**
     * What a mention of the article is matched against: the incident as it now stands, or, once the article's
     * reports were its only ones, as the article told it before; so an article enriched again finds the incidents it
     * founded whatever order its mentions now come in.
     */
    Optional<Incident> toMatch(Instant updatedAt) {
        return isEmpty() ? Optional.ofNullable(before) : result(updatedAt);
    }

    /** False when the article said again what it said before: nothing to store, nothing to publish. */
    boolean changed() {
        if (before == null || isEmpty()) {
            return before != null || !isEmpty();
        }
        return !before.equals(IncidentMerger.rebuild(id, reports, firstReportedAt, before.getUpdatedAt()));
    }
}
