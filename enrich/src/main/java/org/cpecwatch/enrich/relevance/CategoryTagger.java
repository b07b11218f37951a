package org.cpecwatch.enrich.relevance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cpecwatch.enrich.model.CategoryModel;
import org.cpecwatch.enrich.model.LogisticModel;
import org.cpecwatch.enrich.model.ModelFile;
import org.cpecwatch.enrich.model.RelevanceModel;
import org.cpecwatch.schemas.avro.CategoryTag;

/**
 * Tags the categories of an article, each with the sentences that show it. Every category needs its rule's sentence;
 * one the model learned is then decided by its logistic model over all category rules' counts (an article with one
 * passing attack sentence and five on new security measures is about the measures), one it could not learn (too few
 * examples) or does not know (a category an analyst's ruleset added) by its rule alone.
 */
public final class CategoryTagger {

    private record Decider(CategoryRule rule, Optional<LinearScore> score, double threshold) {
    }

    private final Ruleset ruleset;
    private final List<Decider> deciders = new ArrayList<>();

    public CategoryTagger(Ruleset ruleset) {
        this(ruleset, ModelFile.shipped());
    }

    public CategoryTagger(Ruleset ruleset, RelevanceModel model) {
        this.ruleset = ruleset;
        List<String> names = new ArrayList<>();
        ruleset.categories().forEach(rule -> names.add(CategoryFeatures.name(rule)));
        for (CategoryRule rule : ruleset.categories()) {
            Optional<CategoryModel> learned = model.categories().stream()
                    .filter(c -> c.category() == rule.category() && !c.byRule()).findFirst();
            deciders.add(learned.map(c -> new Decider(rule,
                            Optional.of(LinearScore.of(c.classifier().get().model(), names, Map.of(), rule.category().name())),
                            c.classifier().get().threshold()))
                    .orElse(new Decider(rule, Optional.empty(), 0)));
        }
    }

    public List<CategoryTag> tag(String text) {
        return tag(CategoryFeatures.of(new ConceptIndex(ruleset, text)));
    }

    /** Tags from category features read with this tagger's ruleset. */
    public List<CategoryTag> tag(FeatureVector categoryFeatures) {
        List<CategoryTag> tags = new ArrayList<>();
        for (Decider decider : deciders) {
            Feature own = categoryFeatures.features().stream()
                    .filter(f -> f.name().equals(CategoryFeatures.name(decider.rule()))).findFirst().orElseThrow();
            if (decider.score().isEmpty()) {
                if (own.present()) {
                    tags.add(new CategoryTag(decider.rule().category(), own.evidence()));
                }
                continue;
            }
            // The model weighs how much of its rule the article shows; a category still needs a sentence to quote.
            if (own.present() && LogisticModel.probability(decider.score().get().logOdds(categoryFeatures)) >= decider.threshold()) {
                tags.add(new CategoryTag(decider.rule().category(), own.evidence()));
            }
        }
        return tags;
    }
}
