package org.cpecwatch.enrich;

import java.time.Clock;

import java.util.List;
import java.util.Optional;

import org.cpecwatch.enrich.entities.EntityFinder;
import org.cpecwatch.enrich.entities.Gazetteer;
import org.cpecwatch.enrich.entities.NameFinder;
import org.cpecwatch.enrich.incidents.IncidentFinder;
import org.cpecwatch.enrich.relevance.CategoryTagger;
import org.cpecwatch.enrich.relevance.ConceptIndex;
import org.cpecwatch.enrich.relevance.RelevanceTagger;
import org.cpecwatch.enrich.relevance.Ruleset;
import org.cpecwatch.enrich.relevance.RulesetLoader;
import org.cpecwatch.enrich.text.CleanText;
import org.cpecwatch.enrich.text.DateFinder;
import org.cpecwatch.enrich.text.FoundDate;
import org.cpecwatch.enrich.text.TextCleaner;
import org.cpecwatch.enrich.text.TitleFinder;
import org.cpecwatch.schemas.avro.DateMention;
import org.cpecwatch.schemas.avro.EnrichedArticle;
import org.cpecwatch.schemas.avro.Entity;
import org.cpecwatch.schemas.avro.RawArticle;
import org.cpecwatch.schemas.avro.Relevance;
import org.cpecwatch.schemas.avro.RelevanceLabel;

/**
 * Raw article in, enriched article out: plain Java, no Kafka types, so the Streams topology and
 * {@code cpecwatch tag} run exactly the same code.
 */
public final class ArticleEnricher implements Enrichment {

    private final Ruleset ruleset;
    private final RelevanceTagger relevance;
    private final CategoryTagger categories;
    private final EntityFinder entities;
    private final NameFinder names = new NameFinder();
    private final IncidentFinder incidents;
    private final Clock clock;

    public ArticleEnricher(Clock clock) {
        this(clock, RulesetLoader.loadDefault(), Gazetteer.shipped());
    }

    public ArticleEnricher(Clock clock, Ruleset ruleset, Gazetteer gazetteer) {
        this.clock = clock;
        this.ruleset = ruleset;
        this.relevance = new RelevanceTagger(ruleset);
        this.categories = new CategoryTagger(ruleset);
        this.entities = new EntityFinder(gazetteer);
        this.incidents = new IncidentFinder(gazetteer);
    }

    /** Gazetteer entities first; names it does not know come from the linguistic finder, never overlapping them. */
    private List<Entity> entities(String text) {
        List<Entity> known = entities.find(text);
        List<Entity> all = new java.util.ArrayList<>(known);
        all.addAll(names.find(text, known));
        return all;
    }

    public String rulesetVersion() {
        return relevance.rulesetVersion();
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

    @Override
    public EnrichedArticle enrich(RawArticle raw) {
        // Headline and dateline are read from the page as it came; everything else from the cleaned text, which is
        // also what evidence offsets point into.
        String original = withHeadline(raw.getTitle(), raw.getBody());
        CleanText cleaned = TextCleaner.clean(original);
        String text = cleaned.text();
        Optional<FoundDate> date = DateFinder.find(raw.getMetadata(), original);
        // One index for both taggers: categories ask about many of the sentences and concepts relevance asked about.
        ConceptIndex concepts = new ConceptIndex(ruleset, text);
        Relevance scored = relevance.tag(concepts);
        List<Entity> found = entities(text);
        Optional<String> published = date.map(FoundDate::iso);
        List<DateMention> dates = DateMentionRecords.of(text, published);
        return EnrichedArticle.newBuilder()
                .setId(raw.getId())
                .setSourceFile(raw.getSourceFile())
                .setIngestedAt(raw.getIngestedAt())
                .setEnrichedAt(clock.instant())
                .setTitle(TitleFinder.find(raw.getTitle(), original).orElse(null))
                .setPublishedDate(date.map(FoundDate::iso).orElse(null))
                .setDateSource(date.map(FoundDate::source).orElse(null))
                .setCleanText(text)
                .setRemovedBlocks(cleaned.removed())
                .setDates(dates)
                .setRelevance(scored)
                // Categories describe relevant articles; on others they would only be noise in an analyst's filters.
                .setCategories(scored.getLabel() == RelevanceLabel.RELEVANT ? categories.tag(concepts) : List.of())
                .setEntities(found)
                // Only a full day says which incidents are news and which are history the article recalls.
                .setIncidents(incidents.find(text, found, dates, published.flatMap(DateMentionRecords::day)))
                .setMetadata(raw.getMetadata())
                .build();
    }
}
