package org.cpecwatch.enrich.evaluation;

import java.util.List;
import java.util.Set;

import org.cpecwatch.enrich.ArticleEnricher;

/**
 * One evaluation of the relevance model over labelled articles, in one of three modes: cross-validated, fitted on
 * one list of ids and scored on another, or the model as it is. What is printed of it is {@link EvaluationReport}'s.
 *
 * @param mode   how the figures were obtained, in a few words
 * @param result the figures (pooled over the held-out folds for a cross-validation)
 * @param folds  each fold's figures; empty unless cross-validated
 */
public record EvaluationRun(String mode, Evaluation.Result result, List<Evaluation.Result> folds) {

    public EvaluationRun {
        folds = List.copyOf(folds);
    }

    /** Fits on K−1 stratified folds and scores the one left out, K times. */
    public static EvaluationRun crossValidated(ModelEvaluation evaluation, List<LabelledArticle> articles, int folds,
                                               long seed) {
        ModelEvaluation.CrossValidated cv = evaluation.crossValidate(articles, folds, seed);
        return new EvaluationRun(folds + "-fold cross-validation", cv.pooled(), cv.folds());
    }

    /**
     * Fits on the articles with the {@code train} ids and scores those with the {@code test} ids (the caller keeps
     * the two apart); the names say where the lists came from.
     */
    public static EvaluationRun trainedAndTested(ModelEvaluation evaluation, List<LabelledArticle> articles,
                                                 Set<String> train, String trainName, Set<String> test,
                                                 String testName) {
        Evaluation.Result result = evaluation.trainAndTest(withIds(articles, train), withIds(articles, test));
        return new EvaluationRun("fit on " + trainName + " (" + train.size() + " ids), score " + testName + " ("
                + test.size() + " ids)", result, List.of());
    }

    /** The enricher as it is: on the articles its model was trained on, this is no measure of it. */
    public static EvaluationRun asIs(ArticleEnricher enricher, List<LabelledArticle> articles) {
        return new EvaluationRun("model " + enricher.version() + " as it is", ModelEvaluation.score(enricher, articles),
                List.of());
    }

    private static List<LabelledArticle> withIds(List<LabelledArticle> articles, Set<String> ids) {
        List<LabelledArticle> chosen = articles.stream().filter(a -> ids.contains(a.label().id())).toList();
        if (chosen.size() < ids.size()) {
            throw new IllegalArgumentException((ids.size() - chosen.size()) + " of the listed ids have no labelled article");
        }
        return chosen;
    }
}
