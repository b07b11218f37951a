package org.cpecwatch.enrich.evaluation;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The mean and spread (sample standard deviation) of a figure over the folds of a cross-validation. */
public final class FoldSpread {

    private FoldSpread() {
    }

    public static void report(List<Evaluation.Result> folds, PrintWriter out) {
        out.printf(Locale.ROOT, "per fold (mean ± standard deviation over %d folds):%n", folds.size());
        measures(folds).forEach((name, values) -> out.printf(Locale.ROOT, "  %-24s %.3f ± %.3f   %s%n", name,
                mean(values), spread(values), values.stream().map(v -> String.format(Locale.ROOT, "%.3f", v)).toList()));
    }

    public static ObjectNode toJson(ObjectMapper mapper, List<Evaluation.Result> folds) {
        ObjectNode node = mapper.createObjectNode();
        measures(folds).forEach((name, values) -> {
            ObjectNode m = node.putObject(name);
            m.put("mean", mean(values));
            m.put("sd", spread(values));
            m.set("values", mapper.valueToTree(values));
        });
        return node;
    }

    private static Map<String, List<Double>> measures(List<Evaluation.Result> folds) {
        Map<String, List<Double>> measures = new LinkedHashMap<>();
        measures.put("relevance.precision", each(folds, r -> r.relevance().precision()));
        measures.put("relevance.recall", each(folds, r -> r.relevance().recall()));
        measures.put("relevance.f1", each(folds, r -> r.relevance().f1()));
        measures.put("relevance.f1.clear", each(folds, r -> r.relevanceClear().f1()));
        measures.put("categories.microF1", each(folds, r -> r.categoriesMicro().f1()));
        for (String field : folds.get(0).incidents().keySet()) {
            // A fold with no article labelled for a field has nothing to say about it.
            List<Double> values = new ArrayList<>();
            for (Evaluation.Result r : folds) {
                IncidentAccuracy.Score score = r.incidents().get(field);
                if (score.labelled() > 0) {
                    values.add(score.accuracy());
                }
            }
            if (!values.isEmpty()) {
                measures.put("incidents." + field, values);
            }
        }
        return measures;
    }

    private static List<Double> each(List<Evaluation.Result> folds, ToDoubleFunction<Evaluation.Result> measure) {
        return folds.stream().map(r -> measure.applyAsDouble(r)).toList();
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    private static double spread(List<Double> values) {
        if (values.size() < 2) {
            return 0;
        }
        double mean = mean(values);
        double sum = 0;
        for (double v : values) {
            sum += (v - mean) * (v - mean);
        }
        return Math.sqrt(sum / (values.size() - 1));
    }
}
