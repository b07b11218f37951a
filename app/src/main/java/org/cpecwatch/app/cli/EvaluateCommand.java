package org.cpecwatch.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.cpecwatch.enrich.ArticleEnricher;
import org.cpecwatch.enrich.evaluation.Counts;
import org.cpecwatch.enrich.evaluation.Evaluation;
import org.cpecwatch.enrich.evaluation.Label;
import org.cpecwatch.enrich.evaluation.LabelsFile;
import org.cpecwatch.ingest.IngestConfig;
import org.cpecwatch.ingest.read.ArticleFileReader;
import org.cpecwatch.ingest.read.RawArticles;
import org.cpecwatch.ingest.read.ReadOutcome;
import org.cpecwatch.schemas.avro.EnrichedArticle;
import org.cpecwatch.schemas.avro.RawArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Runs the enrichment code over a labelled folder and prints precision, recall and F1 for relevance "
                + "(RELEVANT is positive; POSSIBLY_RELEVANT and NOT_RELEVANT are negative) and per category.")
final class EvaluateCommand implements Callable<Integer> {

    @Option(names = "--articles", required = true, paramLabel = "DIR", description = "Folder of <id>.txt articles.")
    Path articles;

    @Option(names = "--labels", required = true, paramLabel = "FILE", description = "labels.tsv (id, relevant, categories).")
    Path labels;

    @Option(names = "--sources", paramLabel = "FILE", description = "Provenance (id and path columns) whose paths "
            + "carry each article's publication day; default: sources.tsv beside the labels, when there is one.")
    Path sources;

    @Option(names = "--json", description = "One JSON object instead of a report.")
    boolean json;

    @Mixin
    EnrichOptions enrichment;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(articles)) {
            throw new UserError("no such folder: " + articles);
        }
        List<Label> truth;
        try {
            truth = LabelsFile.read(labels);
        } catch (IOException e) {
            throw new UserError("cannot read labels: " + e.getMessage());
        }
        ArticleEnricher enricher = enrichment.enricher(Clock.systemUTC());
        ArticleFileReader reader = new ArticleFileReader(IngestConfig.DEFAULT_MAX_FILE_BYTES);
        Map<String, String> published = publicationDays();
        Map<String, EnrichedArticle> enriched = new HashMap<>();
        for (Label label : truth) {
            Path file = articles.resolve(label.id() + ".txt");
            if (Files.exists(file) && reader.read(file, file.getFileName().toString()) instanceof ReadOutcome.Articles read) {
                RawArticle raw = RawArticles.from(read.articles().get(0), read.sizeBytes(),
                        file.getFileName().toString(), Clock.systemUTC().instant());
                if (published.containsKey(label.id())) {
                    raw.getMetadata().putIfAbsent("date_published", published.get(label.id()));
                }
                enriched.put(label.id(), enricher.enrich(raw));
            }
        }
        Evaluation.Result result = Evaluation.of(truth, enriched);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(new ObjectMapper().writeValueAsString(toJson(result, enricher.rulesetVersion())));
        } else {
            report(result, enricher.rulesetVersion(), out);
        }
        out.flush();
        return 0;
    }

    private Map<String, String> publicationDays() {
        Path file = sources != null ? sources : labels.toAbsolutePath().resolveSibling("sources.tsv");
        if (sources == null && !Files.exists(file)) {
            return Map.of();
        }
        try {
            return ProvenanceDates.read(file);
        } catch (IOException e) {
            throw new UserError("cannot read sources: " + e.getMessage());
        }
    }

    private static ObjectNode toJson(Evaluation.Result r, String ruleset) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("rulesetVersion", ruleset);
        root.put("evaluated", r.evaluated());
        root.set("missingArticles", mapper.valueToTree(r.missingArticles()));
        ObjectNode relevance = counts(mapper, r.relevance());
        relevance.put("possiblyRelevantCountsAs", "negative");
        root.set("relevance", relevance);
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

    private static void report(Evaluation.Result r, String ruleset, PrintWriter out) {
        Counts rel = r.relevance();
        out.printf(Locale.ROOT, "ruleset %s, %d articles evaluated%s%n", ruleset, r.evaluated(),
                r.missingArticles().isEmpty() ? "" : ", missing: " + r.missingArticles());
        out.printf(Locale.ROOT, "relevance (RELEVANT = positive; POSSIBLY_RELEVANT counts as negative):%n");
        out.printf(Locale.ROOT, "  precision %.3f  recall %.3f  F1 %.3f   tp %d  fp %d  fn %d  tn %d%n",
                rel.precision(), rel.recall(), rel.f1(), rel.tp(), rel.fp(), rel.fn(), rel.tn());
        out.printf(Locale.ROOT, "categories: micro precision %.3f  recall %.3f  F1 %.3f%n",
                r.categoriesMicro().precision(), r.categoriesMicro().recall(), r.categoriesMicro().f1());
        r.categories().forEach((c, k) -> out.printf(Locale.ROOT, "  %-21s P %.3f  R %.3f  F1 %.3f   tp %d fp %d fn %d%n",
                c, k.precision(), k.recall(), k.f1(), k.tp(), k.fp(), k.fn()));
        out.printf(Locale.ROOT, "incidents (main incident per article; exact match over articles whose label notes "
                + "the field):%n");
        r.incidents().forEach((field, score) -> out.printf(Locale.ROOT, "  incidents.%-12s %s   %d of %d%n", field,
                score.labelled() == 0 ? "  n/a" : String.format(Locale.ROOT, "%.3f", score.accuracy()),
                score.correct(), score.labelled()));
        out.printf(Locale.ROOT, "misclassified (%d):%n", r.misses().size());
        for (Evaluation.Miss m : r.misses()) {
            out.printf(Locale.ROOT, "  %s expected %s, got %s %.2f: %s%n", m.id(), m.expected() ? "relevant" : "not relevant",
                    m.predicted(), m.score(), String.join("; ", m.topReasons()));
        }
    }
}
