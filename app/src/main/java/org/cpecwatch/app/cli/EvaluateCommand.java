package org.cpecwatch.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.cpecwatch.app.corpus.LabelledCorpus;
import org.cpecwatch.enrich.ArticleEnricher;
import org.cpecwatch.enrich.evaluation.Counts;
import org.cpecwatch.enrich.evaluation.Evaluation;
import org.cpecwatch.enrich.evaluation.LabelledArticle;
import org.cpecwatch.enrich.evaluation.ModelEvaluation;
import org.cpecwatch.enrich.model.ModelTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Runs the enrichment code over a labelled folder and prints precision, recall and F1 for relevance "
                + "(RELEVANT is positive; POSSIBLY_RELEVANT and NOT_RELEVANT are negative), per category and per "
                + "incident field, with every misclassified article and its top reasons. With --folds or "
                + "--train-on/--test-on the model is fitted on other articles than those it scores.")
final class EvaluateCommand implements Callable<Integer> {

    @Mixin
    LabelledCorpusOptions labelled;

    @Option(names = "--folds", paramLabel = "K", description = "Stratified K-fold cross-validation: fit the model "
            + "on K-1 folds, score the held-out fold, K times; prints the pooled figures and the mean and spread.")
    Integer folds;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the folds' shuffle (default: the training "
            + "seed); other seeds show how much a figure owes to one split.")
    Long seed;

    @Option(names = "--train-on", paramLabel = "FILE", description = "Ids (one a line) to fit the model on; "
            + "with --test-on, the ids to score.")
    Path trainOn;

    @Option(names = "--test-on", paramLabel = "FILE", description = "Ids (one a line) to score with a model fitted "
            + "on --train-on.")
    Path testOn;

    @Option(names = "--json", description = "One JSON object instead of a report.")
    boolean json;

    @Mixin
    EnrichOptions enrichment;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if ((trainOn == null) != (testOn == null)) {
            throw new UserError("--train-on and --test-on go together");
        }
        if (folds != null && (trainOn != null || folds < 2)) {
            throw new UserError(folds < 2 ? "--folds needs at least 2" : "--folds and --train-on exclude each other");
        }
        if (seed != null && folds == null) {
            throw new UserError("--seed shuffles the folds of --folds");
        }
        LabelledCorpus.Loaded corpus = labelled.load();
        PrintWriter out = spec.commandLine().getOut();
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        if (folds != null) {
            ModelEvaluation.CrossValidated cv;
            try {
                cv = evaluation().crossValidate(corpus.articles(), folds, seed == null ? ModelTrainer.SEED : seed);
            } catch (IllegalArgumentException e) {
                throw new UserError(e.getMessage());
            }
            root.put("mode", folds + "-fold cross-validation");
            root.set("result", toJson(cv.pooled(), corpus.missing()));
            root.set("folds", FoldSpread.toJson(mapper, cv.folds()));
            if (!json) {
                out.printf(Locale.ROOT, "%d-fold stratified cross-validation (fit on %d folds, score the one left "
                        + "out); pooled over the held-out folds:%n", folds, folds - 1);
                report(cv.pooled(), corpus.missing(), out);
                FoldSpread.report(cv.folds(), out);
            }
        } else if (trainOn != null) {
            Set<String> train = ids(trainOn);
            Set<String> test = ids(testOn);
            if (test.stream().anyMatch(train::contains)) {
                throw new UserError("--train-on and --test-on share ids: a test article must not be trained on");
            }
            Evaluation.Result result = evaluation().trainAndTest(subset(corpus, train), subset(corpus, test));
            root.put("mode", "fit on " + trainOn + " (" + train.size() + " ids), score " + testOn + " ("
                    + test.size() + " ids)");
            root.set("result", toJson(result, corpus.missing()));
            if (!json) {
                out.printf(Locale.ROOT, "fitted on %s (%d ids), scored on %s (%d ids):%n", trainOn, train.size(),
                        testOn, test.size());
                report(result, corpus.missing(), out);
            }
        } else {
            ArticleEnricher enricher = enrichment.enricher(Clock.systemUTC());
            Evaluation.Result result = ModelEvaluation.score(enricher, corpus.articles());
            root.put("mode", "model " + enricher.version() + " as it is");
            root.set("result", toJson(result, corpus.missing()));
            if (!json) {
                out.printf(Locale.ROOT, "model %s as it is (figures on the articles it was trained on are not a "
                        + "measure: use --folds or --train-on/--test-on)%n", enricher.version());
                report(result, corpus.missing(), out);
            }
        }
        if (json) {
            out.println(mapper.writeValueAsString(root));
        }
        out.flush();
        return 0;
    }

    private ModelEvaluation evaluation() {
        return enrichment.modelEvaluation(Clock.systemUTC());
    }

    private static Set<String> ids(Path file) {
        try {
            return LabelledCorpus.ids(file);
        } catch (IOException e) {
            throw new UserError("cannot read ids: " + e.getMessage());
        }
    }

    private static List<LabelledArticle> subset(LabelledCorpus.Loaded corpus, Set<String> ids) {
        List<LabelledArticle> chosen = corpus.articles().stream().filter(a -> ids.contains(a.label().id())).toList();
        if (chosen.size() < ids.size()) {
            throw new UserError((ids.size() - chosen.size()) + " of the listed ids have no labelled article");
        }
        return chosen;
    }

    private static ObjectNode toJson(Evaluation.Result r, List<String> missing) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("evaluated", r.evaluated());
        root.set("missingArticles", mapper.valueToTree(missing));
        ObjectNode relevance = counts(mapper, r.relevance());
        relevance.put("possiblyRelevantCountsAs", "negative");
        root.set("relevance", relevance);
        root.set("relevanceWithoutBorderline", counts(mapper, r.relevanceClear()));
        ObjectNode categories = mapper.createObjectNode();
        categories.put("microPrecision", r.categoriesMicro().precision());
        categories.put("microRecall", r.categoriesMicro().recall());
        categories.put("microF1", r.categoriesMicro().f1());
        ObjectNode per = mapper.createObjectNode();
        r.categories().forEach((c, counts) -> per.set(c.name(), counts(mapper, counts)));
        categories.set("perCategory", per);
        root.set("categories", categories);
        ObjectNode incidents = mapper.createObjectNode();
        r.incidents().forEach((field, score) -> {
            ObjectNode node = incidents.putObject(field);
            if (score.labelled() > 0) {
                node.put("accuracy", score.accuracy());
            } else {
                node.putNull("accuracy");
            }
            node.put("correct", score.correct());
            node.put("labelled", score.labelled());
        });
        root.set("incidents", incidents);
        root.set("misclassified", mapper.valueToTree(r.misses()));
        return root;
    }

    private static ObjectNode counts(ObjectMapper mapper, Counts c) {
        ObjectNode node = mapper.createObjectNode();
        node.put("precision", c.precision());
        node.put("recall", c.recall());
        node.put("f1", c.f1());
        node.put("tp", c.tp());
        node.put("fp", c.fp());
        node.put("fn", c.fn());
        node.put("tn", c.tn());
        return node;
    }

    private static void report(Evaluation.Result r, List<String> missing, PrintWriter out) {
        Counts rel = r.relevance();
        out.printf(Locale.ROOT, "%d articles evaluated%s%n", r.evaluated(),
                missing.isEmpty() ? "" : ", missing or unreadable: " + missing);
        out.printf(Locale.ROOT, "relevance (RELEVANT = positive; POSSIBLY_RELEVANT counts as negative):%n");
        out.printf(Locale.ROOT, "  precision %.3f  recall %.3f  F1 %.3f   tp %d  fp %d  fn %d  tn %d%n",
                rel.precision(), rel.recall(), rel.f1(), rel.tp(), rel.fp(), rel.fn(), rel.tn());
        Counts clear = r.relevanceClear();
        out.printf(Locale.ROOT, "  without the labels marked borderline: precision %.3f  recall %.3f  F1 %.3f   "
                + "tp %d  fp %d  fn %d  tn %d%n", clear.precision(), clear.recall(), clear.f1(), clear.tp(), clear.fp(),
                clear.fn(), clear.tn());
        out.printf(Locale.ROOT, "categories: micro precision %.3f  recall %.3f  F1 %.3f%n",
                r.categoriesMicro().precision(), r.categoriesMicro().recall(), r.categoriesMicro().f1());
        r.categories().forEach((c, k) -> out.printf(Locale.ROOT, "  %-21s P %.3f  R %.3f  F1 %.3f   tp %d fp %d fn %d%n",
                c, k.precision(), k.recall(), k.f1(), k.tp(), k.fp(), k.fn()));
        out.printf(Locale.ROOT, "incidents (main incident per article; exact match over articles whose label notes "
                + "the field):%n");
        r.incidents().forEach((field, score) -> out.printf(Locale.ROOT, "  incidents.%-12s %s   %d of %d%n", field,
                score.labelled() == 0 ? "  n/a" : String.format(Locale.ROOT, "%.3f", score.accuracy()),
                score.correct(), score.labelled()));
        out.printf(Locale.ROOT, "misclassified (%d, %d of them marked borderline in the labels):%n", r.misses().size(),
                r.misses().stream().filter(Evaluation.Miss::borderline).count());
        for (Evaluation.Miss m : r.misses()) {
            out.printf(Locale.ROOT, "  %s expected %s%s, got %s %.2f: %s%n", m.id(),
                    m.expected() ? "relevant" : "not relevant", m.borderline() ? " (borderline)" : "",
                    m.predicted(), m.score(), String.join("; ", m.topReasons()));
        }
    }
}
