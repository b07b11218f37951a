package org.cpecwatch.enrich.reload;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.cpecwatch.enrich.ArticleEnricher;
import org.cpecwatch.enrich.entities.Gazetteer;
import org.cpecwatch.enrich.model.ModelFile;
import org.cpecwatch.enrich.model.RelevanceModel;
import org.cpecwatch.enrich.relevance.Ruleset;
import org.cpecwatch.enrich.relevance.RulesetLoader;

/**
 * The analyst's own rule files, each optional: a relevance ruleset replacing the shipped one, gazetteer rows
 * adding to or replacing the shipped ones, and a trained model replacing the shipped weights. Absent files mean the
 * shipped resources.
 */
public record RuleFiles(Path ruleset, Path gazetteer, Path model) {

    public RuleFiles(Path ruleset, Path gazetteer) {
        this(ruleset, gazetteer, null);
    }

    public static RuleFiles shipped() {
        return new RuleFiles(null, null, null);
    }

    /** Reads the files as they are now; a malformed file is an {@link IllegalArgumentException} naming the problem. */
    public ArticleEnricher load(Clock clock) throws IOException {
        RelevanceModel weights = model == null ? ModelFile.shipped() : ModelFile.read(model);
        return new ArticleEnricher(clock, loadRuleset(), loadGazetteer(), weights);
    }

    public Ruleset loadRuleset() throws IOException {
        return ruleset == null ? RulesetLoader.loadDefault() : RulesetLoader.load(ruleset);
    }

    public Gazetteer loadGazetteer() throws IOException {
        return gazetteer == null ? Gazetteer.shipped() : Gazetteer.shipped().withUserFile(gazetteer);
    }

    /** The files worth watching: the shipped resources live inside the jar and never change. */
    public List<Path> files() {
        List<Path> files = new ArrayList<>();
        if (ruleset != null) {
            files.add(ruleset);
        }
        if (gazetteer != null) {
            files.add(gazetteer);
        }
        if (model != null) {
            files.add(model);
        }
        return List.copyOf(files);
    }
}
