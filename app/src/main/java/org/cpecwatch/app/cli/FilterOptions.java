package org.cpecwatch.app.cli;

import java.time.LocalDate;

import org.cpecwatch.enrich.entities.Gazetteer;
import org.cpecwatch.schemas.avro.RelevanceLabel;
import org.cpecwatch.sink.query.ArticleFilter;
import picocli.CommandLine.Option;

/** The article filters that {@code query} and {@code export} share. */
final class FilterOptions {

    @Option(names = "--relevant", description = "Only articles labelled RELEVANT (same as --label RELEVANT).")
    boolean relevant;

    @Option(names = "--label", paramLabel = "LABEL", description = "RELEVANT, POSSIBLY_RELEVANT or NOT_RELEVANT.")
    RelevanceLabel label;

    @Option(names = "--since", paramLabel = "YYYY-MM-DD", description = "Published (or ingested) on or after this day.")
    LocalDate since;

    @Option(names = "--until", paramLabel = "YYYY-MM-DD", description = "Published (or ingested) on or before this day.")
    LocalDate until;

    @Option(names = "--category", paramLabel = "C", description = "ATTACK, KIDNAPPING, THREAT_EXTORTION, "
            + "SECURITY_MEASURES, DIPLOMATIC_PRESSURE, MILITANT_GROUP or INVESTIGATION_ARREST (any case).")
    String category;

    @Option(names = "--place", paramLabel = "P", description = "Articles naming this place or a place inside it (any case): Sindh finds Karachi.")
    String place;

    @Option(names = "--group", paramLabel = "G", description = "Articles naming this militant group (any case).")
    String group;

    @Option(names = "--text", paramLabel = "Q", description = "Full-text search over title and text.")
    String text;

    @Option(names = "--limit", paramLabel = "N", description = "At most N articles, newest first.")
    Integer limit;

    private static String canonical(Gazetteer gazetteer, String name) {
        return name == null ? null : gazetteer.canonicalName(name).orElse(name);
    }

    /** A place as the pipeline stores it, whatever name the user typed for it ("KPK" is Khyber Pakhtunkhwa). */
    static String canonicalPlace(String name) {
        return canonical(Gazetteer.shipped(), name);
    }

    ArticleFilter toFilter(Integer defaultLimit) {
        if (relevant && label != null && label != RelevanceLabel.RELEVANT) {
            throw new UserError("--relevant contradicts --label " + label);
        }
        try {
            // Entities are stored under their canonical names; let people type any name the gazetteer knows.
            Gazetteer gazetteer = Gazetteer.shipped();
            return new ArticleFilter(relevant ? RelevanceLabel.RELEVANT : label, since, until, category,
                    canonical(gazetteer, place), canonical(gazetteer, group), text, limit != null ? limit : defaultLimit);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }
}
