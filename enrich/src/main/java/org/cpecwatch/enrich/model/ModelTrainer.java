package org.cpecwatch.enrich.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cpecwatch.enrich.relevance.CategoryRule;
import org.cpecwatch.enrich.relevance.Ruleset;
import org.cpecwatch.schemas.avro.Category;

/**
 * Fits the relevance model and one model per category on labelled articles. Relevance learns from every article;
 * a category learns from the relevant ones only, since categories are given to relevant articles alone, and from the
 * category rules' counts.
 */
public final class ModelTrainer {

    /** The seed of every shuffle in training; fixed so that the same labels give the same model bit for bit. */
    public static final long SEED = 20_261_204L;
    /** Fewer labelled examples than this and a category keeps its rule: no model can be validated on four. */
    static final int MIN_CATEGORY_POSITIVES = 5;

    private ModelTrainer() {
    }

    public static RelevanceModel train(Ruleset ruleset, List<TrainingExample> examples, String labelsSha256) {
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("no labelled articles to train on");
        }
        // A weight the ruleset sets by hand is not fitted: its share of the log-odds is a fixed offset, so the other
        // weights and the threshold are learned around it, as scoring will use it.
        Map<String, Double> handSet = ruleset.handSetWeights();
        List<String> all = examples.get(0).relevanceFeatures().names();
        List<String> names = all.stream().filter(n -> !handSet.containsKey(n)).toList();
        double[][] x = new double[examples.size()][names.size()];
        double[] offset = new double[examples.size()];
        boolean[] y = new boolean[examples.size()];
        int relevant = 0;
        for (int i = 0; i < examples.size(); i++) {
            double[] values = examples.get(i).relevanceFeatures().values();
            for (int j = 0, fitted = 0; j < all.size(); j++) {
                if (handSet.containsKey(all.get(j))) {
                    offset[i] += handSet.get(all.get(j)) * values[j];
                } else {
                    x[i][fitted++] = values[j];
                }
            }
            y[i] = examples.get(i).relevant();
            relevant += y[i] ? 1 : 0;
        }
        BinaryClassifier relevance = ClassifierTraining.fit(names, x, y, offset, SEED);
        List<TrainingExample> positives = examples.stream().filter(TrainingExample::relevant).toList();
        List<CategoryModel> categories = new ArrayList<>();
        for (CategoryRule rule : ruleset.categories()) {
            categories.add(category(rule.category(), positives));
        }
        RelevanceModel unversioned = new RelevanceModel("", ruleset.version(),
                new RelevanceModel.TrainingSummary(examples.size(), relevant, labelsSha256), SEED, relevance, categories);
        return ModelFile.versioned(unversioned);
    }

    private static CategoryModel category(Category category, List<TrainingExample> relevant) {
        boolean[] y = new boolean[relevant.size()];
        int positives = 0;
        for (int i = 0; i < relevant.size(); i++) {
            y[i] = relevant.get(i).categories().contains(category);
            positives += y[i] ? 1 : 0;
        }
        if (positives < MIN_CATEGORY_POSITIVES || relevant.size() - positives < MIN_CATEGORY_POSITIVES) {
            return new CategoryModel(category, positives, Optional.empty());
        }
        double[][] x = new double[relevant.size()][];
        for (int i = 0; i < relevant.size(); i++) {
            x[i] = relevant.get(i).categoryFeatures().values();
        }
        List<String> names = relevant.get(0).categoryFeatures().names();
        return new CategoryModel(category, positives,
                Optional.of(ClassifierTraining.fit(names, x, y, null, SEED + category.ordinal())));
    }
}
