package org.cpecwatch.enrich.stories;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.cpecwatch.schemas.avro.DateMention;
import org.cpecwatch.schemas.avro.EnrichedArticle;
import org.cpecwatch.schemas.avro.Entity;
import org.cpecwatch.schemas.avro.IncidentMention;

/**
 * What a rewrite keeps when it changes most sentences: its rarer words, the names, the incidents and the dates. Each
 * becomes a key of the inverted index; how much a shared key counts is decided by how rare it is
 * ({@link FeatureWeights}), so no list of "important" words is needed.
 */
final class StoryFeatures {

    static final String WORD = "w:";
    static final String ENTITY = "e:";
    static final String INCIDENT = "i:";
    static final String DATE = "d:";
    private static final String PERSON = ENTITY + "PERSON:";

    // Week and year are too coarse to say two articles tell the same news.
    private static final Set<String> DATE_PRECISIONS = Set.of("DAY", "MONTH");
    private static final int MIN_WORD_LENGTH = 3;

    private StoryFeatures() {
    }

    static Set<String> of(EnrichedArticle article) {
        Set<String> features = new TreeSet<>();
        for (String word : Shingles.words(article.getCleanText())) {
            if (isContentWord(word)) {
                features.add(WORD + word);
            }
        }
        for (Entity entity : article.getEntities()) {
            features.add(ENTITY + entity.getType() + ":" + lower(entity.getName()));
        }
        for (IncidentMention incident : article.getIncidents()) {
            features.add(incidentKey(incident));
        }
        for (DateMention date : article.getDates()) {
            if (date.getValue() != null && DATE_PRECISIONS.contains(date.getPrecision())) {
                features.add(DATE + date.getValue());
            }
        }
        return features;
    }

    /**
     * Type, city and month: two tellings of one bombing agree on these even when one says "October 6" and the other
     * "last month", while the exact day and the death toll often differ between early and later reports.
     */
    static String incidentKey(IncidentMention incident) {
        String where = incident.getCity() != null ? incident.getCity() : incident.getPlace();
        String month = incident.getDate() == null || incident.getDate().length() < 7 ? "?"
                : incident.getDate().substring(0, 7);
        return INCIDENT + incident.getType() + ":" + (where == null ? "?" : lower(where)) + ":" + month;
    }

    static Set<String> people(Set<String> features) {
        return features.stream().filter(f -> f.startsWith(PERSON)).collect(Collectors.toSet());
    }

    static boolean isNamed(String feature) {
        return !feature.startsWith(WORD);
    }

    private static boolean isContentWord(String word) {
        return word.length() >= MIN_WORD_LENGTH && !StopWords.contains(word) && hasLetter(word);
    }

    private static boolean hasLetter(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLetter(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static String lower(CharSequence text) {
        return text.toString().toLowerCase(Locale.ROOT);
    }
}
