package org.cpecwatch.ingest.read.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Runs the extractor over the development pages of the article-extraction benchmark (test resources
 * html-bench/dev, all UTF-8) and scores each page with {@link ShingleScore}.
 */
final class HtmlBenchmark {

    private static final String DIR = "/html-bench/dev/";

    record Page(String id, String url, ShingleScore score, String extracted) {
    }

    record Result(List<Page> pages, ShingleScore.Summary summary) {

        List<Page> worst(int count) {
            return pages.stream().sorted(Comparator.comparingDouble(page -> page.score().f1())).limit(count).toList();
        }

        String report(int worstCount) {
            StringBuilder out = new StringBuilder(String.format(
                    "HTML benchmark, %d pages: precision %.4f recall %.4f F1 %.4f (mean per page, as evaluate.py)"
                            + "; pooled: precision %.4f recall %.4f F1 %.4f%n",
                    pages.size(), summary.meanPrecision(), summary.meanRecall(), summary.meanF1(),
                    summary.pooledPrecision(), summary.pooledRecall(), summary.pooledF1()));
            for (Page page : worst(worstCount)) {
                out.append(String.format("  F1 %.3f  P %.3f  R %.3f  %s  %s%n", page.score().f1(),
                        page.score().precision(), page.score().recall(), page.id().substring(0, 12), page.url()));
            }
            return out.toString();
        }
    }

    private HtmlBenchmark() {
    }

    static Result run(HtmlArticleExtractor extractor) {
        List<Page> pages = new ArrayList<>();
        for (Map.Entry<String, Map<String, Object>> entry : expected().entrySet()) {
            String url = String.valueOf(entry.getValue().get("url"));
            String html = page(entry.getKey());
            String extracted = extractor.extract(html, url).body();
            String wanted = String.valueOf(entry.getValue().getOrDefault("articleBody", ""));
            pages.add(new Page(entry.getKey(), url, ShingleScore.of(wanted, extracted), extracted));
        }
        return new Result(pages, ShingleScore.Summary.of(pages.stream().map(Page::score).toList()));
    }

    static Map<String, Map<String, Object>> expected() {
        try (InputStream in = resource("expected.json")) {
            return new ObjectMapper().readValue(in, new TypeReference<Map<String, Map<String, Object>>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String page(String id) {
        try (InputStream in = new GZIPInputStream(resource(id + ".html.gz"))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = HtmlBenchmark.class.getResourceAsStream(DIR + name);
        if (in == null) {
            throw new IllegalStateException("benchmark resource missing: " + DIR + name);
        }
        return in;
    }

    /** For iterating by hand: prints the figures, the worst pages and optionally one page's extracted text. */
    public static void main(String[] args) {
        long start = System.nanoTime();
        Result result = run(new HtmlArticleExtractor());
        System.out.print(result.report(args.length > 0 ? Integer.parseInt(args[0]) : 10));
        System.out.printf("%.1f s%n", (System.nanoTime() - start) / 1e9);
        if (args.length > 1) {
            result.pages().stream().filter(p -> p.id().startsWith(args[1]))
                    .forEach(p -> System.out.println(p.extracted()));
        }
    }
}
