package org.cpecwatch.enrich.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.cpecwatch.schemas.avro.Category;
import org.cpecwatch.schemas.avro.CategoryTag;
import org.cpecwatch.schemas.avro.EnrichedArticle;
import org.cpecwatch.schemas.avro.Reason;
import org.cpecwatch.schemas.avro.RelevanceLabel;

/**
 * Compares enriched articles with a person's labels. RELEVANT counts as a positive prediction;
 * POSSIBLY_RELEVANT and NOT_RELEVANT count as negative (an analyst's feed shows RELEVANT by default).
 * Categories are scored over every labelled article: a category predicted on a negative article is a false positive.
 */
public final class Evaluation {

    /** An article the tagger got wrong, with the reasons it gave. */
    public record Miss(String id, boolean expected, boolean borderline, RelevanceLabel predicted, double score,
                       List<String> topReasons) {
    }

    /** @param relevanceClear relevance over the articles whose label is not marked borderline */
    public record Result(Counts relevance, Counts relevanceClear, Map<Category, Counts> categories,
                         Counts categoriesMicro, List<Miss> misses, int evaluated, List<String> missingArticles,
                         Map<String, IncidentAccuracy.Score> incidents) {
    }

    private static final int TOP_REASONS = 3;
    /** OTHER is the schema's fallback for unknown symbols, never a label. */
    private static final List<Category> SCORED =
            List.of(Category.values()).stream().filter(c -> c != Category.OTHER).toList();

    private Evaluation() {
    }

    public static Result of(List<Label> labels, Map<String, EnrichedArticle> enriched) {
        Counts relevance = Counts.ZERO;
        Counts clear = Counts.ZERO;
        Map<Category, Counts> categories = new EnumMap<>(Category.class);
        for (Category c : SCORED) {
            categories.put(c, Counts.ZERO);
        }
        List<Miss> misses = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        int evaluated = 0;
        for (Label label : labels) {
            EnrichedArticle article = enriched.get(label.id());
            if (article == null) {
                missing.add(label.id());
                continue;
            }
            evaluated++;
            boolean predicted = article.getRelevance().getLabel() == RelevanceLabel.RELEVANT;
            relevance = relevance.add(predicted, label.relevant());
            if (!label.borderline()) {
                clear = clear.add(predicted, label.relevant());
            }
            if (predicted != label.relevant()) {
                misses.add(miss(label, article));
            }
            Set<Category> tagged = article.getCategories().stream().map(CategoryTag::getCategory).collect(Collectors.toSet());
            for (Category c : SCORED) {
                categories.put(c, categories.get(c).add(tagged.contains(c), label.categories().contains(c)));
            }
        }
        Counts micro = categories.values().stream().reduce(Counts.ZERO, Counts::plus);
        return new Result(relevance, clear, categories, micro, misses, evaluated, missing,
                IncidentAccuracy.of(labels, enriched));
    }

    private static Miss miss(Label label, EnrichedArticle article) {
        List<String> reasons = article.getRelevance().getReasons().stream()
                // By size, not sign: a penalty often explains a miss best.
                .sorted(Comparator.comparingDouble((Reason r) -> Math.abs(r.getWeight())).reversed())
                .limit(TOP_REASONS)
                .map(r -> r.getRule() + " (" + r.getWeight() + ")"
                        + (r.getEvidence().isEmpty() ? "" : ": \"" + r.getEvidence().get(0).getText() + "\""))
                .toList();
        return new Miss(label.id(), label.relevant(), label.borderline(), article.getRelevance().getLabel(),
                article.getRelevance().getScore(), reasons);
    }
}
