package org.cpecwatch.enrich.register;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Supplier;

import org.cpecwatch.enrich.incidents.IncidentDate;
import org.cpecwatch.schemas.avro.Incident;
import org.cpecwatch.schemas.avro.IncidentMention;
import org.cpecwatch.schemas.avro.IncidentReport;

/**
 * Puts one article's incident mentions into the register. The article's earlier reports are taken out first, so an
 * article enriched again replaces what it said instead of saying it twice, and an incident left without reports is
 * deleted. Each mention joins the incident it matches most strongly, or founds a new one. Incidents are never merged
 * with each other afterwards: an id, once published, stays the id of the same event.
 */
final class ArticleResolution {

    /** What resolution reads of the register. */
    interface Register {
        Optional<Incident> incident(String id);

        /** Ids of the incidents filed under any of these index keys. */
        Set<String> idsUnder(List<String> keys);

        List<String> incidentsOf(String articleId);
    }

    /** An incident to store, or to delete when empty. */
    record Change(String id, Optional<Incident> incident) {
    }

    record Outcome(List<Change> changes, List<String> articleIncidents) {
    }

    private record Candidate(String id, int strength, Instant firstReportedAt) {
    }

    private static final Comparator<Candidate> STRONGEST_THEN_OLDEST = Comparator.comparingInt(Candidate::strength)
            .reversed().thenComparing(Candidate::firstReportedAt).thenComparing(Candidate::id);

    private final String articleId;
    private final Instant reportedAt;
    private final Instant updatedAt;
    private final Register register;
    private final Map<String, Draft> drafts = new LinkedHashMap<>();

    private ArticleResolution(String articleId, Instant reportedAt, Instant updatedAt, Register register) {
        this.articleId = articleId;
        this.reportedAt = reportedAt;
        this.updatedAt = updatedAt;
        this.register = register;
    }

    /** {@code reportedAt}: when the article came in; {@code updatedAt}: when it was enriched. */
    static Outcome resolve(String articleId, Instant reportedAt, Instant updatedAt, List<IncidentMention> mentions,
                           Register register) {
        return new ArticleResolution(articleId, reportedAt, updatedAt, register).place(mentions);
    }

    private Outcome place(List<IncidentMention> mentions) {
        for (String id : register.incidentsOf(articleId)) {
            register.incident(id).ifPresent(incident -> drafts.put(id, Draft.of(incident, articleId)));
        }
        Set<String> placed = new LinkedHashSet<>();
        for (int index = 0; index < mentions.size(); index++) {
            IncidentMention mention = mentions.get(index);
            if (tooVagueToRegister(mention)) {
                continue;
            }
            String id = strongestMatch(mention).orElseGet(foundingId(index));
            draft(id).add(new IncidentReport(articleId, mention), reportedAt);
            placed.add(id);
        }
        List<Change> changes = drafts.values().stream().filter(Draft::changed)
                .map(d -> new Change(d.id(), d.result(updatedAt))).toList();
        return new Outcome(changes, new ArrayList<>(placed));
    }

    /**
     * A mention with no city, no province and no date can never be matched; told as background ("ten attacks since
     * 2016") it is no event of its own and is left out. Told as the article's news it founds an incident, so the
     * register does not lose what the article reports.
     */
    static boolean tooVagueToRegister(IncidentMention mention) {
        return mention.getBackground() && PlaceKey.of(mention).indexKeys().isEmpty()
                && IncidentDate.of(mention.getDate(), mention.getDatePrecision()).isEmpty();
    }

    private Optional<String> strongestMatch(IncidentMention mention) {
        Set<String> candidates = new LinkedHashSet<>(register.idsUnder(PlaceKey.of(mention).indexKeys()));
        candidates.addAll(drafts.keySet());
        List<Candidate> matches = new ArrayList<>();
        for (String id : candidates) {
            Optional<Incident> incident = drafts.containsKey(id) ? drafts.get(id).toMatch(updatedAt) : register.incident(id);
            OptionalInt strength = incident.map(i -> IncidentMatcher.strength(mention, i)).orElse(OptionalInt.empty());
            if (strength.isPresent()) {
                matches.add(new Candidate(id, strength.getAsInt(), incident.get().getFirstReportedAt()));
            }
        }
        return matches.stream().min(STRONGEST_THEN_OLDEST).map(Candidate::id);
    }

    /** An empty draft of the same id is the incident this article founded before: founding it again keeps its id. */
    private Supplier<String> foundingId(int index) {
        return () -> {
            String id = IncidentIds.free(articleId, index, candidate -> drafts.containsKey(candidate)
                    ? !drafts.get(candidate).isEmpty() : register.incident(candidate).isPresent());
            drafts.putIfAbsent(id, Draft.founded(id, reportedAt));
            return id;
        };
    }

    private Draft draft(String id) {
        return drafts.computeIfAbsent(id, known -> Draft.of(register.incident(known).orElseThrow(), articleId));
    }
}
