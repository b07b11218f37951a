package org.cpecwatch.enrich.stats;

import static org.cpecwatch.enrich.register.EnrichedArticles.article;
import static org.cpecwatch.enrich.register.EnrichedArticles.place;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.cpecwatch.schemas.avro.EnrichedArticle;
import org.cpecwatch.schemas.avro.Incident;
import org.cpecwatch.schemas.avro.ProvinceWeek;
import org.cpecwatch.schemas.avro.Relevance;
import org.cpecwatch.schemas.avro.RelevanceLabel;
import org.cpecwatch.schemas.serde.ArticleSerdes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProvinceWeekProcessorTest {

    private final MockProcessorContext<String, ProvinceWeek> context = new MockProcessorContext<>();
    private final ProvinceWeekProcessor<EnrichedArticle> articles = ProvinceWeekProcessor.articles();
    private final ProvinceWeekProcessor<Incident> incidents = ProvinceWeekProcessor.incidents();
    private KeyValueStore<String, ProvinceWeek> counts;

    @BeforeEach
    void initProcessors() {
        counts = inMemory(StatsStores.COUNTS, ArticleSerdes.provinceWeek());
        inMemory(StatsStores.ARTICLE_WEEKS, StatsStores.weekKeys());
        inMemory(StatsStores.INCIDENT_WEEKS, StatsStores.weekKeys());
        articles.init(context);
        incidents.init(context);
    }

    @Test
    void shouldCountARelevantArticleOnceInEachProvinceOfItsPlaces() {
        process(karachiAndGwadar("a").setPublishedDate("2024-11-14").build());

        assertEquals(Map.of("Balochistan@2024-11-11", week("Balochistan", "2024-11-11", 1, 0),
                "Sindh@2024-11-11", week("Sindh", "2024-11-11", 1, 0)), stored());
    }

    @Test
    void shouldNotCountAnArticleTwiceWhenItIsEnrichedAgain() {
        process(karachiAndGwadar("a").setPublishedDate("2024-11-14").build());
        context.resetForwards();

        process(karachiAndGwadar("a").setPublishedDate("2024-11-14").build());

        assertEquals(1, counts.get("Sindh@2024-11-11").getRelevantArticles());
        assertTrue(context.forwarded().isEmpty(), "nothing changed");
    }

    @Test
    void shouldTakeTheCountBackWhenAnArticleIsNoLongerRelevant() {
        process(karachiAndGwadar("a").setPublishedDate("2024-11-14").build());
        process(karachiAndGwadar("b").setPublishedDate("2024-11-12").build());

        process(karachiAndGwadar("a").setPublishedDate("2024-11-14")
                .setRelevance(new Relevance(0.1, RelevanceLabel.NOT_RELEVANT, "test", List.of())).build());
        process(karachiAndGwadar("b").setPublishedDate("2024-11-12")
                .setRelevance(new Relevance(0.5, RelevanceLabel.POSSIBLY_RELEVANT, "test", List.of())).build());

        assertTrue(stored().isEmpty());
        assertNull(lastForwarded().get("Sindh@2024-11-11"), "a tombstone once both counts are zero");
    }

    @Test
    void shouldCountAnUndatedArticleInTheWeekItCameInButNotOneDatedOnlyToAMonth() {
        process(karachiAndGwadar("undated").setIngestedAt(Instant.parse("2025-01-12T23:59:00Z")).build());
        process(karachiAndGwadar("monthly").setPublishedDate("2024-11").build());

        assertEquals(1, counts.get("Sindh@2025-01-06").getRelevantArticles());
        assertEquals(2, stored().size(), "Sindh and Balochistan in the week of 6 January only");
    }

    @Test
    void shouldCountAnIncidentInTheWeekOfItsDayBesideTheArticles() {
        process(karachiAndGwadar("a").setPublishedDate("2024-10-08").build());

        incidents.process(new Record<>("i1", incident("i1", "2024-10-06", "DAY"), 0L));

        assertEquals(week("Sindh", "2024-09-30", 0, 1), counts.get("Sindh@2024-09-30"));
        assertEquals(week("Sindh", "2024-10-07", 1, 0), counts.get("Sindh@2024-10-07"));
    }

    @Test
    void shouldMoveAnIncidentWhenItsBestDateChangesAndTakeItBackWhenDeleted() {
        incidents.process(new Record<>("i1", incident("i1", "2024-10", "MONTH"), 0L));
        assertTrue(stored().isEmpty(), "a month is no week");

        incidents.process(new Record<>("i1", incident("i1", "2024-10-06", "DAY"), 0L));
        incidents.process(new Record<>("i1", incident("i1", "2024-10-14", "WEEK"), 0L));
        assertEquals(Map.of("Sindh@2024-10-14", week("Sindh", "2024-10-14", 0, 1)), stored());

        incidents.process(new Record<>("i1", null, 0L));
        assertTrue(stored().isEmpty());
    }

    private void process(EnrichedArticle article) {
        articles.process(new Record<>(article.getId(), article, 0L));
    }

    private static EnrichedArticle.Builder karachiAndGwadar(String id) {
        return article(id).setEntities(List.of(place("CITY", "Karachi", "Sindh"),
                place("PROJECT", "Jinnah International Airport", "Sindh"), place("PROJECT", "Gwadar Port", "Balochistan")));
    }

    private static Incident incident(String id, String date, String precision) {
        Instant at = Instant.parse("2025-01-01T00:00:00Z");
        return Incident.newBuilder().setId(id).setType("BOMBING").setDate(date).setDatePrecision(precision)
                .setCity("Karachi").setProvince("Sindh").setReportCount(1).setFirstReportedAt(at).setUpdatedAt(at).build();
    }

    private static ProvinceWeek week(String province, String monday, long articles, long incidents) {
        return new ProvinceWeek(province, monday, articles, incidents);
    }

    private Map<String, ProvinceWeek> stored() {
        Map<String, ProvinceWeek> all = new LinkedHashMap<>();
        try (KeyValueIterator<String, ProvinceWeek> iterator = counts.all()) {
            iterator.forEachRemaining(kv -> all.put(kv.key, kv.value));
        }
        return all;
    }

    private Map<String, ProvinceWeek> lastForwarded() {
        Map<String, ProvinceWeek> last = new LinkedHashMap<>();
        context.forwarded().forEach(f -> last.put(f.record().key(), f.record().value()));
        return last;
    }

    private <V> KeyValueStore<String, V> inMemory(String name, Serde<V> valueSerde) {
        KeyValueStore<String, V> store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(name), Serdes.String(),
                valueSerde).withLoggingDisabled().build();
        store.init(context.getStateStoreContext(), store);
        return store;
    }
}
