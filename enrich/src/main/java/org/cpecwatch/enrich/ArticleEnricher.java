package org.cpecwatch.enrich;

import java.time.Clock;
import java.util.List;

import org.cpecwatch.enrich.entities.Gazetteer;
import org.cpecwatch.enrich.model.ModelFile;
import org.cpecwatch.enrich.model.RelevanceModel;
import org.cpecwatch.enrich.relevance.CategoryTagger;
import org.cpecwatch.enrich.relevance.RelevanceTagger;
import org.cpecwatch.enrich.relevance.Ruleset;
import org.cpecwatch.enrich.relevance.RulesetLoader;
import org.cpecwatch.enrich.text.FoundDate;
import org.cpecwatch.enrich.text.TitleFinder;
import org.cpecwatch.schemas.avro.EnrichedArticle;
import org.cpecwatch.schemas.avro.RawArticle;
import org.cpecwatch.schemas.avro.Relevance;
import org.cpecwatch.schemas.avro.RelevanceLabel;

/**
 * Raw article in, enriched article out: plain Java, no Kafka types, so the Streams topology and
 * {@code cpecwatch tag} run exactly the same code.
 */
public final class ArticleEnricher implements Enrichment {

    private final ArticleReader reader;
    private final RelevanceTagger relevance;
    private final CategoryTagger categories;
    private final Clock clock;

    public ArticleEnricher(Clock clock) {
        this(clock, RulesetLoader.loadDefault(), Gazetteer.shipped());
    }

    public ArticleEnricher(Clock clock, Ruleset ruleset, Gazetteer gazetteer) {
        this(clock, ruleset, gazetteer, ModelFile.shipped());
    }

    public ArticleEnricher(Clock clock, Ruleset ruleset, Gazetteer gazetteer, RelevanceModel model) {
        this.clock = clock;
        this.reader = new ArticleReader(ruleset, gazetteer);
        this.relevance = new RelevanceTagger(ruleset, model);
        this.categories = new CategoryTagger(ruleset, model);
    }

    public String rulesetVersion() {
        return reader.ruleset().version();
    }

    /** The ruleset and model versions, as stamped on every article this enricher scores. */
    public String version() {
        return relevance.version();
    }

    @Override
    public EnrichedArticle enrich(RawArticle article) {
        RawArticle raw = TextBudget.fit(article);
        ArticleReader.Reading read = reader.read(raw);
        Relevance scored = relevance.tag(read.relevanceFeatures());
        return EnrichedArticle.newBuilder()
                .setId(raw.getId())
                .setSourceFile(raw.getSourceFile())
                .setIngestedAt(raw.getIngestedAt())
                .setEnrichedAt(clock.instant())
                .setTitle(TitleFinder.find(raw.getTitle(), read.original()).orElse(null))
                .setPublishedDate(read.published().map(FoundDate::iso).orElse(null))
                .setDateSource(read.published().map(FoundDate::source).orElse(null))
                .setCleanText(read.cleaned().text())
                .setRemovedBlocks(read.cleaned().removed())
                .setDates(read.dates())
                .setRelevance(scored)
                // Categories describe relevant articles; on others they would only be noise in an analyst's filters.
                .setCategories(scored.getLabel() == RelevanceLabel.RELEVANT
                        ? categories.tag(read.categoryFeatures()) : List.of())
                .setEntities(read.entities())
                .setIncidents(read.incidents())
                .setMetadata(raw.getMetadata())
                .build();
    }
}
