package org.cpecwatch.enrich.stats;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.cpecwatch.schemas.avro.EnrichedArticle;
import org.cpecwatch.schemas.avro.Entity;
import org.cpecwatch.schemas.avro.RelevanceLabel;

/**
 * The province-weeks a relevant article counts in: each province its places lie in, once, in the week it was
 * published. An article without a publication date counts in the week it came in; one dated only to a month or a
 * year counts nowhere, since its week is unknown and the week it came in could be years off.
 */
public final class ArticleWeeks {

    /** The gazetteer gives this attribute to provinces, cities and sites, and to nothing else. */
    static final String PROVINCE = "province";

    private ArticleWeeks() {
    }

    public static Set<ProvinceWeekKey> of(EnrichedArticle article) {
        Set<ProvinceWeekKey> weeks = new TreeSet<>(Comparator.comparing(ProvinceWeekKey::text));
        if (article.getRelevance().getLabel() != RelevanceLabel.RELEVANT) {
            return weeks;
        }
        Optional<LocalDate> day = day(article);
        if (day.isEmpty()) {
            return weeks;
        }
        for (Entity entity : article.getEntities()) {
            String province = entity.getAttributes().get(PROVINCE);
            if (province != null && !province.isBlank()) {
                weeks.add(ProvinceWeekKey.containing(province.strip(), day.get()));
            }
        }
        return weeks;
    }

    private static Optional<LocalDate> day(EnrichedArticle article) {
        String published = article.getPublishedDate();
        if (published == null) {
            return Optional.of(LocalDate.ofInstant(article.getIngestedAt(), ZoneOffset.UTC));
        }
        try {
            return published.length() == 10 ? Optional.of(LocalDate.parse(published)) : Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
