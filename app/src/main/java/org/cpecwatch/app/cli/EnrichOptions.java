package org.cpecwatch.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;

import org.cpecwatch.enrich.ArticleEnricher;
import org.cpecwatch.enrich.entities.Gazetteer;
import org.cpecwatch.enrich.relevance.Ruleset;
import org.cpecwatch.enrich.relevance.RulesetLoader;
import picocli.CommandLine.Option;

/** The analyst's own gazetteer rows and relevance ruleset, for every command that enriches. */
final class EnrichOptions {

    @Option(names = "--gazetteer", paramLabel = "FILE",
            description = "CSV (type,name,aliases,province,lat,lon) whose rows add to or replace the shipped gazetteer's.")
    Path gazetteer;

    @Option(names = "--ruleset", paramLabel = "FILE",
            description = "Relevance ruleset (YAML) to use instead of the shipped one.")
    Path ruleset;

    ArticleEnricher enricher(Clock clock) {
        try {
            Ruleset rules = ruleset == null ? RulesetLoader.loadDefault() : RulesetLoader.load(ruleset);
            Gazetteer names = gazetteer == null ? Gazetteer.shipped() : Gazetteer.shipped().withUserFile(gazetteer);
            return new ArticleEnricher(clock, rules, names);
        } catch (IOException e) {
            throw new UserError("cannot read " + (e.getMessage() == null ? "a file" : e.getMessage()));
        } catch (IllegalArgumentException e) {
            throw new UserError("invalid " + (ruleset != null ? "ruleset or " : "") + "gazetteer: " + e.getMessage());
        }
    }
}
