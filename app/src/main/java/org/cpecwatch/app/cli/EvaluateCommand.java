package org.cpecwatch.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.cpecwatch.app.corpus.LabelledCorpus;
import org.cpecwatch.app.format.OutputFormat;
import org.cpecwatch.enrich.ArticleEnricher;
import org.cpecwatch.enrich.evaluation.EvaluationReport;
import org.cpecwatch.enrich.evaluation.EvaluationRun;
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

    /** JSON: one object, the figures under {@code result}. */
    @Mixin
    FormatOption output = FormatOption.offering(OutputFormat.text, OutputFormat.json);

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
        EvaluationRun run;
        String heading;
        if (folds != null) {
            run = scored(() -> EvaluationRun.crossValidated(evaluation(), corpus.articles(), folds,
                    seed == null ? ModelTrainer.SEED : seed));
            heading = String.format(Locale.ROOT, "%d-fold stratified cross-validation (fit on %d folds, score the one "
                    + "left out); pooled over the held-out folds:", folds, folds - 1);
        } else if (trainOn != null) {
            Set<String> train = ids(trainOn);
            Set<String> test = ids(testOn);
            if (test.stream().anyMatch(train::contains)) {
                throw new UserError("--train-on and --test-on share ids: a test article must not be trained on");
            }
            run = scored(() -> EvaluationRun.trainedAndTested(evaluation(), corpus.articles(), train,
                    trainOn.toString(), test, testOn.toString()));
            heading = String.format(Locale.ROOT, "fitted on %s (%d ids), scored on %s (%d ids):", trainOn,
                    train.size(), testOn, test.size());
        } else {
            ArticleEnricher enricher = enrichment.enricher(Clock.systemUTC());
            run = EvaluationRun.asIs(enricher, corpus.articles());
            heading = String.format(Locale.ROOT, "model %s as it is (figures on the articles it was trained on are "
                    + "not a measure: use --folds or --train-on/--test-on)", enricher.version());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (output.isJson()) {
            out.println(new ObjectMapper().writeValueAsString(EvaluationReport.toJson(run, corpus.missing())));
        } else {
            out.println(heading);
            EvaluationReport.print(run, corpus.missing(), out);
        }
        out.flush();
        return 0;
    }

    /** Too few articles for the folds, or listed ids with no article: the user's to mend. */
    private static EvaluationRun scored(Supplier<EvaluationRun> run) {
        try {
            return run.get();
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
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
}
