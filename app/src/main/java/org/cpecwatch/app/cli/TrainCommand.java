package org.cpecwatch.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.cpecwatch.app.corpus.LabelledCorpus;
import org.cpecwatch.enrich.model.CategoryModel;
import org.cpecwatch.enrich.model.ModelFile;
import org.cpecwatch.enrich.model.RelevanceModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Fits the relevance and category weights of the ruleset's features on labelled articles and "
                + "writes a model file (same labels, same model, bit for bit). Use it with --model, or ship it as "
                + "enrich/src/main/resources/relevance/model.json.")
final class TrainCommand implements Callable<Integer> {

    @Mixin
    LabelledCorpusOptions corpus;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the model (JSON).")
    Path out;

    @Mixin
    EnrichOptions enrichment;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        LabelledCorpus.Loaded labelled = corpus.load();
        if (!labelled.missing().isEmpty()) {
            throw new UserError("labelled articles missing or unreadable in " + corpus.articles + ": "
                    + labelled.missing());
        }
        RelevanceModel model = enrichment.modelEvaluation(Clock.systemUTC())
                .train(labelled.articles(), labelled.labelsSha256());
        try {
            ModelFile.write(model, out);
        } catch (IOException e) {
            throw new UserError("cannot write " + out + ": " + e.getMessage());
        }
        PrintWriter w = spec.commandLine().getOut();
        w.printf(Locale.ROOT, "model %s (ruleset %s) from %d articles, %d relevant: relevance threshold %.2f, "
                        + "penalty %s; written to %s%n", model.version(), model.rulesetVersion(),
                model.trainedOn().articles(), model.trainedOn().relevant(), model.relevance().threshold(),
                model.relevance().lambda(), out);
        for (CategoryModel c : model.categories()) {
            w.printf(Locale.ROOT, "  %-21s %3d examples  %s%n", c.category(), c.positives(), c.byRule()
                    ? "too few to learn from: decided by its rule"
                    : String.format(Locale.ROOT, "threshold %.2f, penalty %s", c.classifier().get().threshold(),
                            c.classifier().get().lambda()));
        }
        w.flush();
        return 0;
    }
}
