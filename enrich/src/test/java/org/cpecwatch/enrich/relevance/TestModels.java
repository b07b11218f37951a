package org.cpecwatch.enrich.relevance;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cpecwatch.enrich.model.BinaryClassifier;
import org.cpecwatch.enrich.model.LogisticModel;
import org.cpecwatch.enrich.model.RelevanceModel;

/** Small models whose scores a test can work out by hand. */
final class TestModels {

    private final Map<String, Double> weights;

    private TestModels(Map<String, Double> weights) {
        this.weights = weights;
    }

    /** Bias 0, the code-computed features weighed 0, no category learned, threshold 0.5. */
    static TestModels flat() {
        Map<String, Double> weights = new HashMap<>();
        weights.put(RelevanceFeatures.CHINESE_VICTIMS_INCIDENT, 0.0);
        weights.put(RelevanceFeatures.ARTICLE_LENGTH, 0.0);
        return new TestModels(weights);
    }

    TestModels withRelevanceWeight(String feature, double weight) {
        Map<String, Double> more = new HashMap<>(weights);
        more.put(feature, weight);
        return new TestModels(more);
    }

    RelevanceModel model() {
        return new RelevanceModel("test", "t-1", new RelevanceModel.TrainingSummary(0, 0, ""), 0,
                new BinaryClassifier(new LogisticModel(0, weights), 0.5, 1), List.of());
    }
}
