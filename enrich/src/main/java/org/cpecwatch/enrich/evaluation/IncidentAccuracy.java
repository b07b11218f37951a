package org.cpecwatch.enrich.evaluation;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Function;

import org.cpecwatch.enrich.entities.Gazetteer;
import org.cpecwatch.enrich.incidents.MainIncident;
import org.cpecwatch.schemas.avro.EnrichedArticle;
import org.cpecwatch.schemas.avro.Entity;
import org.cpecwatch.schemas.avro.IncidentMention;

/**
 * Exact-match accuracy of the main incident's fields against the labels, each over the articles whose label notes
 * that field. Places are free text in the labels ("signal near Karachi Airport"): a place matches when the label
 * names the gazetteer place we chose or the city it lies in; an article that tells no placed incident (a security
 * meeting, new police units) is placed at the city or site it names most often, since the labels note a place for
 * those too. A perpetrator
 * matches by any of its gazetteer names.
 */
public final class IncidentAccuracy {

    /** Articles whose label notes the field, and how many of them we got right. */
    public record Score(int labelled, int correct) {
        public double accuracy() {
            return labelled == 0 ? Double.NaN : (double) correct / labelled;
        }
    }

    private static final Gazetteer GAZETTEER = Gazetteer.shipped();
    private static final java.util.Set<String> PLACE_TYPES = java.util.Set.of("SITE", "PROJECT", "CITY", "PROVINCE");

    private IncidentAccuracy() {
    }

    public static Map<String, Score> of(List<Label> labels, Map<String, EnrichedArticle> enriched) {
        Map<String, Score> scores = new LinkedHashMap<>();
        score(scores, "date", labels, enriched, l -> l.date(), (m, v) -> v.equals(m.getDate()));
        score(scores, "place", labels, enriched, l -> l.place(), IncidentAccuracy::samePlace);
        fallBackToMainPlace(scores, labels, enriched);
        score(scores, "province", labels, enriched, l -> l.province(),
                (m, v) -> m.getProvince() != null && m.getProvince().equalsIgnoreCase(v));
        score(scores, "killed", labels, enriched, l -> l.killed(), (m, v) -> v.equals(m.getKilled()));
        score(scores, "injured", labels, enriched, l -> l.injured(), (m, v) -> v.equals(m.getInjured()));
        score(scores, "perpetrator", labels, enriched, l -> l.perpetrator(), IncidentAccuracy::samePerpetrator);
        return scores;
    }

    private static <T> void score(Map<String, Score> into, String field, List<Label> labels,
                                  Map<String, EnrichedArticle> enriched, Function<IncidentLabel, Optional<T>> value,
                                  BiPredicate<IncidentMention, T> matches) {
        int labelled = 0;
        int correct = 0;
        for (Label label : labels) {
            Optional<T> expected = value.apply(label.incident());
            EnrichedArticle article = enriched.get(label.id());
            if (expected.isEmpty() || article == null) {
                continue;
            }
            labelled++;
            Optional<IncidentMention> main = MainIncident.of(article.getIncidents());
            if (main.isPresent() && matches.test(main.get(), expected.get())) {
                correct++;
            }
        }
        into.put(field, new Score(labelled, correct));
    }

    /** Adds the articles without a placed incident whose most named place is the labelled one. */
    private static void fallBackToMainPlace(Map<String, Score> scores, List<Label> labels,
                                            Map<String, EnrichedArticle> enriched) {
        int extra = 0;
        for (Label label : labels) {
            EnrichedArticle article = enriched.get(label.id());
            Optional<IncidentMention> main = article == null ? Optional.empty() : MainIncident.of(article.getIncidents());
            if (article == null || label.incident().place().isEmpty()
                    || main.isPresent() && main.get().getPlace() != null) {
                continue;
            }
            String text = label.incident().place().get().toLowerCase(Locale.ROOT);
            Optional<Entity> place = article.getEntities().stream()
                    .filter(e -> PLACE_TYPES.contains(e.getType()))
                    .max(Comparator.comparing((Entity e) -> !"PROVINCE".equals(e.getType()))
                            .thenComparingInt(e -> e.getMentions().size()));
            if (place.isPresent() && (text.contains(place.get().getName().toLowerCase(Locale.ROOT))
                    || text.contains(place.get().getAttributes().getOrDefault("city", "\u0000").toLowerCase(Locale.ROOT)))) {
                extra++;
            }
        }
        Score score = scores.get("place");
        scores.put("place", new Score(score.labelled(), score.correct() + extra));
    }

    private static boolean samePlace(IncidentMention m, String label) {
        String text = label.toLowerCase(Locale.ROOT);
        return m.getPlace() != null && text.contains(m.getPlace().toLowerCase(Locale.ROOT))
                || m.getCity() != null && text.contains(m.getCity().toLowerCase(Locale.ROOT));
    }

    private static boolean samePerpetrator(IncidentMention m, String label) {
        if (m.getPerpetrator() == null) {
            return false;
        }
        for (String part : label.split("[()]")) {
            if (!part.isBlank() && GAZETTEER.canonicalName(part).filter(m.getPerpetrator()::equals).isPresent()) {
                return true;
            }
        }
        return label.equalsIgnoreCase(m.getPerpetrator());
    }
}
