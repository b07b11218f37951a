package org.cpecwatch.ingest.read.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction benchmark's metric. Both texts become word tokens ({@code \w+}, Unicode) and then
 * shingles of four consecutive tokens with their counts (a text of one to three tokens is a single shorter
 * shingle). Per page, tp/fp/fn are the matched, extra and missing shingles, scaled to sum to 1 so that long
 * articles weigh no more than short ones.
 */
record ShingleScore(double tp, double fp, double fn) {

    private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    static final int SHINGLE = 4;

    static ShingleScore of(String expected, String extracted) {
        Map<List<String>, Integer> want = shingles(expected);
        Map<List<String>, Integer> got = shingles(extracted);
        Set<List<String>> all = new HashSet<>(want.keySet());
        all.addAll(got.keySet());
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (List<String> shingle : all) {
            int w = want.getOrDefault(shingle, 0);
            int g = got.getOrDefault(shingle, 0);
            tp += Math.min(w, g);
            fp += Math.max(0, g - w);
            fn += Math.max(0, w - g);
        }
        double sum = tp + fp + fn;
        return sum == 0 ? new ShingleScore(0, 0, 0) : new ShingleScore(tp / sum, fp / sum, fn / sum);
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text == null ? "" : text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    static Map<List<String>, Integer> shingles(String text) {
        List<String> tokens = tokens(text);
        Map<List<String>, Integer> counts = new HashMap<>();
        if (tokens.isEmpty()) {
            return counts;
        }
        for (int i = 0; i < Math.max(1, tokens.size() - SHINGLE + 1); i++) {
            counts.merge(List.copyOf(tokens.subList(i, Math.min(tokens.size(), i + SHINGLE))), 1, Integer::sum);
        }
        return counts;
    }

    /** Nothing extracted and nothing expected is a perfect page, as the benchmark scores it. */
    double precision() {
        return fp == 0 && fn == 0 ? 1 : tp + fp == 0 ? 0 : tp / (tp + fp);
    }

    double recall() {
        return fp == 0 && fn == 0 ? 1 : tp + fn == 0 ? 0 : tp / (tp + fn);
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /**
     * Figures over many pages, two ways: {@code mean*} averages the per-page precision and recall as the
     * benchmark's evaluate.py does (pages without extracted text are left out of precision), {@code pooled*}
     * divides the summed normalised tp/fp/fn.
     */
    record Summary(double meanPrecision, double meanRecall, double pooledPrecision, double pooledRecall) {

        static Summary of(List<ShingleScore> pages) {
            double precisionSum = 0;
            int precisionPages = 0;
            double recallSum = 0;
            int recallPages = 0;
            double tp = 0;
            double fp = 0;
            double fn = 0;
            for (ShingleScore page : pages) {
                if (page.tp + page.fp > 0) {
                    precisionSum += page.precision();
                    precisionPages++;
                }
                if (page.tp + page.fn > 0) {
                    recallSum += page.recall();
                    recallPages++;
                }
                tp += page.tp;
                fp += page.fp;
                fn += page.fn;
            }
            return new Summary(precisionPages == 0 ? 0 : precisionSum / precisionPages,
                    recallPages == 0 ? 0 : recallSum / recallPages,
                    tp + fp == 0 ? 0 : tp / (tp + fp), tp + fn == 0 ? 0 : tp / (tp + fn));
        }

        double meanF1() {
            return harmonic(meanPrecision, meanRecall);
        }

        double pooledF1() {
            return harmonic(pooledPrecision, pooledRecall);
        }

        private static double harmonic(double p, double r) {
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }
}
