package org.cpecwatch.enrich.relevance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.cpecwatch.enrich.model.BinaryClassifier;
import org.cpecwatch.enrich.model.LogisticModel;
import org.cpecwatch.enrich.model.ModelFile;
import org.cpecwatch.enrich.model.RelevanceModel;
import org.cpecwatch.schemas.avro.IncidentMention;
import org.cpecwatch.schemas.avro.Reason;
import org.cpecwatch.schemas.avro.Relevance;
import org.cpecwatch.schemas.avro.RelevanceLabel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scores how much an article is about the security of Chinese nationals, projects or institutions in Pakistan: the
 * probability a trained logistic model gives to the ruleset's readable features. Every feature that moved the score
 * and can quote its words becomes a reason, its weight being its share of the log-odds, so an analyst can check it.
 */
public final class RelevanceTagger {

    /** Below this share of the log-odds a feature did not move the score enough to be worth quoting. */
    private static final double QUOTED_FROM = 0.005;
    private static final Logger LOG = LoggerFactory.getLogger(RelevanceTagger.class);

    private final Ruleset ruleset;
    private final RelevanceModel model;
    private final LinearScore score;
    private final double relevantAt;
    private final double possiblyRelevantAt;

    public RelevanceTagger() {
        this(RulesetLoader.loadDefault(), ModelFile.shipped());
    }

    public RelevanceTagger(Ruleset ruleset, RelevanceModel model) {
        this.ruleset = ruleset;
        this.model = model;
        BinaryClassifier relevance = model.relevance();
        this.score = LinearScore.of(relevance.model(), RelevanceFeatures.names(ruleset), ruleset.handSetWeights(),
                "relevance");
        this.relevantAt = ruleset.relevantAt().orElse(relevance.threshold());
        // Half the decision threshold: articles an analyst may want to glance at, not to be told about.
        this.possiblyRelevantAt = ruleset.possiblyRelevantAt().orElse(relevantAt / 2);
        if (!model.rulesetVersion().equals(ruleset.version())) {
            LOG.warn("model {} was trained on ruleset {}, not {}: rules it knows by name keep its weights, whatever "
                    + "they now say; retrain with cpecwatch train", model.version(), model.rulesetVersion(),
                    ruleset.version());
        }
    }

    /** The ruleset and the model that scored an article, as stamped on it. */
    public String version() {
        return ruleset.version() + "+" + model.version();
    }

    public Relevance tag(String text) {
        return tag(RelevanceFeatures.of(new ConceptIndex(ruleset, text), List.of()));
    }

    public Relevance tag(ConceptIndex index, List<IncidentMention> incidents) {
        if (!index.isOf(ruleset)) {
            throw new IllegalArgumentException("the concept index was built with another ruleset");
        }
        return tag(RelevanceFeatures.of(index, incidents));
    }

    /** Scores features read with this tagger's ruleset. */
    public Relevance tag(FeatureVector features) {
        double probability = LogisticModel.probability(score.logOdds(features));
        // The label from the probability itself: rounded, 0.5996 would pass a threshold of 0.6.
        return new Relevance(Math.round(probability * 1000) / 1000.0, label(probability, features), version(),
                reasons(features));
    }

    private List<Reason> reasons(FeatureVector features) {
        List<Reason> reasons = new ArrayList<>();
        for (Feature f : features.features()) {
            double contribution = score.contribution(f);
            if (!f.evidence().isEmpty() && Math.abs(contribution) >= QUOTED_FROM) {
                reasons.add(new Reason(f.name(), f.description(), Math.round(contribution * 100) / 100.0, f.evidence()));
            }
        }
        reasons.sort(Comparator.comparingDouble((Reason r) -> -Math.abs(r.getWeight())));
        return reasons;
    }

    /** A high probability alone is not enough: the features the ruleset requires must be present too. */
    private RelevanceLabel label(double probability, FeatureVector features) {
        boolean required = features.features().stream()
                .filter(f -> ruleset.relevantRequires().contains(f.name()))
                .allMatch(Feature::present);
        if (probability >= relevantAt && required) {
            return RelevanceLabel.RELEVANT;
        }
        return probability >= possiblyRelevantAt ? RelevanceLabel.POSSIBLY_RELEVANT : RelevanceLabel.NOT_RELEVANT;
    }
}
