package org.cpecwatch.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.cpecwatch.enrich.entities.EntityFinder;
import org.cpecwatch.enrich.entities.Gazetteer;
import org.cpecwatch.enrich.entities.NameFinder;
import org.cpecwatch.enrich.incidents.IncidentFinder;
import org.cpecwatch.enrich.relevance.CategoryFeatures;
import org.cpecwatch.enrich.relevance.ConceptIndex;
import org.cpecwatch.enrich.relevance.FeatureVector;
import org.cpecwatch.enrich.relevance.RelevanceFeatures;
import org.cpecwatch.enrich.relevance.Ruleset;
import org.cpecwatch.enrich.text.CleanText;
import org.cpecwatch.enrich.text.DateFinder;
import org.cpecwatch.enrich.text.FoundDate;
import org.cpecwatch.enrich.text.TextCleaner;
import org.cpecwatch.schemas.avro.DateMention;
import org.cpecwatch.schemas.avro.Entity;
import org.cpecwatch.schemas.avro.IncidentMention;
import org.cpecwatch.schemas.avro.RawArticle;

/**
 * Everything read from an article before anything is scored: clean text, dates, entities, incidents and the
 * relevance and category features. Enrichment scores it; training learns from it; both read it the same way.
 */
public final class ArticleReader {

    /** What one article says, with offsets into {@code cleaned.text()}. */
    public record Reading(String original, CleanText cleaned, Optional<FoundDate> published, List<DateMention> dates,
                          List<Entity> entities, List<IncidentMention> incidents, FeatureVector relevanceFeatures,
                          FeatureVector categoryFeatures) {
    }

    private final Ruleset ruleset;
    private final EntityFinder entities;
    private final NameFinder names = new NameFinder();
    private final IncidentFinder incidents;

    public ArticleReader(Ruleset ruleset, Gazetteer gazetteer) {
        this.ruleset = ruleset;
        this.entities = new EntityFinder(gazetteer);
        this.incidents = new IncidentFinder(gazetteer);
    }

    public Ruleset ruleset() {
        return ruleset;
    }

    public Reading read(RawArticle raw) {
        // Headline and dateline are read from the page as it came; everything else from the cleaned text, which is
        // also what evidence offsets point into.
        String original = withHeadline(raw.getTitle(), raw.getBody());
        CleanText cleaned = TextCleaner.clean(original);
        String text = cleaned.text();
        Optional<FoundDate> date = DateFinder.find(raw.getMetadata(), original);
        List<Entity> found = entities(text);
        Optional<String> published = date.map(FoundDate::iso);
        List<DateMention> dates = DateMentionRecords.of(text, published);
        // Only a full day says which incidents are news and which are history the article recalls.
        List<IncidentMention> told = incidents.find(text, found, dates, published.flatMap(DateMentionRecords::day));
        // One index for both feature sets: categories ask about many of the sentences and concepts relevance asked.
        ConceptIndex concepts = new ConceptIndex(ruleset, text);
        return new Reading(original, cleaned, date, dates, found, told, RelevanceFeatures.of(concepts, told),
                CategoryFeatures.of(concepts));
    }

    /** Gazetteer entities first; names it does not know come from the linguistic finder, never overlapping them. */
    private List<Entity> entities(String text) {
        List<Entity> known = entities.find(text);
        List<Entity> all = new ArrayList<>(known);
        all.addAll(names.find(text, known));
        return all;
    }

    /**
     * The headline scores like the lead, as it does in a plain-text file that starts with it; formats that carry it
     * apart (HTML, JSON, a header line) would otherwise be scored without it.
     */
    static String withHeadline(CharSequence title, String body) {
        if (title == null || title.toString().isBlank() || body.stripLeading().startsWith(title.toString().strip())) {
            return body;
        }
        return title.toString().strip() + "\n\n" + body;
    }
}
