package org.cpecwatch.enrich.relevance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.cpecwatch.schemas.avro.Span;

/** One feature per category rule: how many sentences (up to three) hold its concepts, within its sentence limit. */
public final class CategoryFeatures {

    static final int MAX_COUNT = 3;

    private CategoryFeatures() {
    }

    public static FeatureVector of(ConceptIndex index) {
        List<Feature> features = new ArrayList<>();
        for (CategoryRule rule : index.ruleset().categories()) {
            int considered = rule.withinSentences() == 0 ? index.sentenceCount()
                    : Math.min(rule.withinSentences(), index.sentenceCount());
            List<Span> evidence = index.sentencesWithAll(rule.concepts(), rule.unless(), considered, MAX_COUNT);
            features.add(new Feature(name(rule), rule.description(), evidence.size(), evidence));
        }
        return new FeatureVector(features);
    }

    static String name(CategoryRule rule) {
        return "category-" + rule.category().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
