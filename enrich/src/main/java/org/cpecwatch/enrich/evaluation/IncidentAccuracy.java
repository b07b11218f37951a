package org.cpecwatch.enrich.evaluation;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Function;

import org.cpecwatch.enrich.entities.Gazetteer;
import org.cpecwatch.enrich.incidents.MainIncident;
import org.cpecwatch.enrich.incidents.MainPlace;
import org.cpecwatch.schemas.avro.EnrichedArticle;
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

    private IncidentAccuracy() {
    }

    public static Map<String, Score> of(List<Label> labels, Map<String, EnrichedArticle> enriched) {
        Map<String, Optional<IncidentMention>> main = new HashMap<>();
        for (Label label : labels) {
            EnrichedArticle article = enriched.get(label.id());
            if (article != null) {
                main.put(label.id(), MainIncident.of(article.getIncidents()));
            }
        }
        Map<String, Score> scores = new LinkedHashMap<>();
        score(scores, "date", labels, main, l -> l.date(), (m, v) -> v.equals(m.getDate()));
        scores.put("place", placeScore(labels, enriched, main));
        score(scores, "province", labels, main, l -> l.province(),
                (m, v) -> m.getProvince() != null && m.getProvince().equalsIgnoreCase(v));
        score(scores, "killed", labels, main, l -> l.killed(), (m, v) -> v.equals(m.getKilled()));
        score(scores, "injured", labels, main, l -> l.injured(), (m, v) -> v.equals(m.getInjured()));
        score(scores, "perpetrator", labels, main, l -> l.perpetrator(), IncidentAccuracy::samePerpetrator);
        return scores;
    }

    /** {@code main} holds every enriched labelled article's main incident, keyed by label id. */
    private static <T> void score(Map<String, Score> into, String field, List<Label> labels,
                                  Map<String, Optional<IncidentMention>> main,
                                  Function<IncidentLabel, Optional<T>> value, BiPredicate<IncidentMention, T> matches) {
        int labelled = 0;
        int correct = 0;
        for (Label label : labels) {
            Optional<T> expected = value.apply(label.incident());
            if (expected.isEmpty() || !main.containsKey(label.id())) {
                continue;
            }
            labelled++;
            if (main.get(label.id()).filter(m -> matches.test(m, expected.get())).isPresent()) {
                correct++;
            }
        }
        into.put(field, new Score(labelled, correct));
    }

    /** The main incident's place and city, or where it has none the article's main place and its city. */
    private static Score placeScore(List<Label> labels, Map<String, EnrichedArticle> enriched,
                                    Map<String, Optional<IncidentMention>> main) {
        int labelled = 0;
        int correct = 0;
        for (Label label : labels) {
            if (label.incident().place().isEmpty() || !main.containsKey(label.id())) {
                continue;
            }
            labelled++;
            Optional<IncidentMention> placed = main.get(label.id()).filter(m -> m.getPlace() != null);
            List<String> names = placed.isPresent()
                    ? names(placed.get().getPlace(), placed.get().getCity())
                    : MainPlace.of(enriched.get(label.id()).getEntities())
                            .map(e -> names(e.getName(), e.getAttributes().get("city"))).orElse(List.of());
            String text = label.incident().place().get().toLowerCase(Locale.ROOT);
            if (names.stream().anyMatch(name -> text.contains(name.toLowerCase(Locale.ROOT)))) {
                correct++;
            }
        }
        return new Score(labelled, correct);
    }

    private static List<String> names(String place, String city) {
        return java.util.stream.Stream.of(place, city).filter(java.util.Objects::nonNull).toList();
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
