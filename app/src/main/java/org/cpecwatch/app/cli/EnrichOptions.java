package org.cpecwatch.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;

import org.cpecwatch.enrich.ArticleEnricher;
import org.cpecwatch.enrich.evaluation.ModelEvaluation;
import org.cpecwatch.enrich.reload.LiveEnricher;
import org.cpecwatch.enrich.reload.ReloadListener;
import org.cpecwatch.enrich.reload.RuleFiles;
import picocli.CommandLine.Option;

/** The analyst's own gazetteer rows, relevance ruleset and trained model, for every command that enriches. */
final class EnrichOptions {

    @Option(names = "--gazetteer", paramLabel = "FILE",
            description = "CSV (type,name,aliases,province,lat,lon) whose rows add to or replace the shipped gazetteer's.")
    Path gazetteer;

    @Option(names = "--ruleset", paramLabel = "FILE",
            description = "Relevance ruleset (YAML) to use instead of the shipped one.")
    Path ruleset;

    @Option(names = "--model", paramLabel = "FILE",
            description = "Trained relevance model (JSON, from cpecwatch train) to use instead of the shipped one.")
    Path model;

    /** The rules as the files hold them now, for commands that enrich once and exit. */
    ArticleEnricher enricher(Clock clock) {
        return loaded(() -> files().load(clock));
    }

    /** The rules kept in step with their files, for the long-running stages: an edit applies without a restart. */
    LiveEnricher live(Clock clock, ReloadListener listener) {
        return loaded(() -> new LiveEnricher(files(), clock, listener).watch(LiveEnricher.DEFAULT_INTERVAL));
    }

    /** The ruleset and gazetteer without a model, for commands that fit their own (train, evaluate --folds). */
    ModelEvaluation modelEvaluation(Clock clock) {
        return loaded(() -> new ModelEvaluation(files().loadRuleset(), files().loadGazetteer(), clock));
    }

    private RuleFiles files() {
        return new RuleFiles(ruleset, gazetteer, model);
    }

    private interface Loading<T> {
        T load() throws IOException;
    }

    private <T> T loaded(Loading<T> loading) {
        try {
            return loading.load();
        } catch (IOException | UncheckedIOException e) {
            throw new UserError("cannot read " + (e.getMessage() == null ? "a file" : e.getMessage()));
        } catch (IllegalArgumentException e) {
            String files = (ruleset != null ? "ruleset or " : "") + (model != null ? "model or " : "") + "gazetteer";
            throw new UserError("invalid " + files + ": " + e.getMessage());
        }
    }
}
