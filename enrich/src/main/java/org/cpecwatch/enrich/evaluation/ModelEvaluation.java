package org.cpecwatch.enrich.evaluation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cpecwatch.enrich.ArticleEnricher;
import org.cpecwatch.enrich.ArticleReader;
import org.cpecwatch.enrich.entities.Gazetteer;
import org.cpecwatch.enrich.model.ModelTrainer;
import org.cpecwatch.enrich.model.RelevanceModel;
import org.cpecwatch.enrich.model.StratifiedFolds;
import org.cpecwatch.enrich.model.TrainingExample;
import org.cpecwatch.enrich.relevance.Ruleset;
import org.cpecwatch.schemas.avro.EnrichedArticle;

/**
 * Scores the model honestly: only on articles it was not fitted on. Cross-validation fits on K−1 stratified folds and
 * scores the one left out, K times; a train/test split fits on one list and scores another. An article's features
 * for fitting are read once however many folds fit on it; scoring enriches it as the pipeline would.
 */
public final class ModelEvaluation {

    /** Per fold and pooled over the folds' held-out predictions. */
    public record CrossValidated(Evaluation.Result pooled, List<Evaluation.Result> folds) {
    }

    private final Ruleset ruleset;
    private final Gazetteer gazetteer;
    private final Clock clock;
    private final ArticleReader reader;
    private final Map<String, TrainingExample> examples = new HashMap<>();

    public ModelEvaluation(Ruleset ruleset, Gazetteer gazetteer, Clock clock) {
        this.ruleset = ruleset;
        this.gazetteer = gazetteer;
        this.clock = clock;
        this.reader = new ArticleReader(ruleset, gazetteer);
    }

    /** The features and labels training sees for one article, read once however often it is used. */
    public TrainingExample example(LabelledArticle article) {
        return examples.computeIfAbsent(article.label().id(), id -> {
            ArticleReader.Reading read = reader.read(article.raw());
            return new TrainingExample(id, read.relevanceFeatures(), read.categoryFeatures(),
                    article.label().relevant(), article.label().categories());
        });
    }

    public RelevanceModel train(List<LabelledArticle> articles, String labelsSha256) {
        return ModelTrainer.train(ruleset, articles.stream().map(this::example).toList(), labelsSha256);
    }

    public Evaluation.Result trainAndTest(List<LabelledArticle> train, List<LabelledArticle> test) {
        return Evaluation.of(labels(test), enrich(train(train, "(a train/test split)"), test));
    }

    /** @param seed the shuffle of the folds: other seeds show how much a figure owes to one split */
    public CrossValidated crossValidate(List<LabelledArticle> articles, int k, long seed) {
        boolean[] relevant = new boolean[articles.size()];
        for (int i = 0; i < relevant.length; i++) {
            relevant[i] = articles.get(i).label().relevant();
        }
        long positives = articles.stream().filter(a -> a.label().relevant()).count();
        if (k > Math.min(positives, articles.size() - positives)) {
            throw new IllegalArgumentException(k + " folds need at least " + k + " relevant and " + k
                    + " other articles");
        }
        int[] fold = StratifiedFolds.assign(relevant, k, seed);
        Map<String, EnrichedArticle> pooled = new HashMap<>();
        List<Evaluation.Result> results = new ArrayList<>();
        for (int f = 0; f < k; f++) {
            List<LabelledArticle> train = new ArrayList<>();
            List<LabelledArticle> test = new ArrayList<>();
            for (int i = 0; i < articles.size(); i++) {
                (fold[i] == f ? test : train).add(articles.get(i));
            }
            Map<String, EnrichedArticle> scored = enrich(train(train, "fold " + (f + 1) + " of " + k), test);
            pooled.putAll(scored);
            results.add(Evaluation.of(labels(test), scored));
        }
        return new CrossValidated(Evaluation.of(labels(articles), pooled), results);
    }

    /** Scores an enricher as it is: on its own training articles this is no measure of it. */
    public static Evaluation.Result score(ArticleEnricher enricher, List<LabelledArticle> articles) {
        return Evaluation.of(labels(articles), enrich(enricher, articles));
    }

    private Map<String, EnrichedArticle> enrich(RelevanceModel model, List<LabelledArticle> articles) {
        return enrich(new ArticleEnricher(clock, ruleset, gazetteer, model), articles);
    }

    private static Map<String, EnrichedArticle> enrich(ArticleEnricher enricher, List<LabelledArticle> articles) {
        Map<String, EnrichedArticle> enriched = new HashMap<>();
        for (LabelledArticle article : articles) {
            enriched.put(article.label().id(), enricher.enrich(article.raw()));
        }
        return enriched;
    }

    private static List<Label> labels(List<LabelledArticle> articles) {
        return articles.stream().map(LabelledArticle::label).toList();
    }
}
