package org.cpecwatch.enrich.evaluation;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An evaluation's figures for people (a text report) and for programs (one JSON object): relevance, categories,
 * incident fields and every misclassified article with its top reasons.
 */
public final class EvaluationReport {

    private EvaluationReport() {
    }

    /** {@code mode}, {@code result} and, for a cross-validation, {@code folds}: their mean and spread. */
    public static ObjectNode toJson(EvaluationRun run, List<String> missing) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("mode", run.mode());
        root.set("result", toJson(run.result(), missing));
        if (!run.folds().isEmpty()) {
            root.set("folds", FoldSpread.toJson(mapper, run.folds()));
        }
        return root;
    }

    /** The result's report, then for a cross-validation the spread over its folds. */
    public static void print(EvaluationRun run, List<String> missing, PrintWriter out) {
        print(run.result(), missing, out);
        if (!run.folds().isEmpty()) {
            FoldSpread.report(run.folds(), out);
        }
    }

    public static ObjectNode toJson(Evaluation.Result r, List<String> missing) {
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

    public static void print(Evaluation.Result r, List<String> missing, PrintWriter out) {
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
