package org.cpecwatch.enrich.register;

import static org.cpecwatch.enrich.register.EnrichedArticles.article;
import static org.cpecwatch.enrich.register.SeedMentions.BLA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.cpecwatch.schemas.avro.EnrichedArticle;
import org.cpecwatch.schemas.avro.Incident;
import org.cpecwatch.schemas.avro.IncidentConflict;
import org.cpecwatch.schemas.avro.IncidentMention;
import org.cpecwatch.schemas.avro.IncidentReport;
import org.cpecwatch.schemas.serde.ArticleSerdes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IncidentRegisterProcessorTest {

    private final MockProcessorContext<String, Incident> context = new MockProcessorContext<>();
    private final IncidentRegisterProcessor processor = new IncidentRegisterProcessor();
    private KeyValueStore<String, Incident> register;
    private KeyValueStore<String, List<String>> index;
    private KeyValueStore<String, List<String>> byArticle;

    @BeforeEach
    void initProcessor() {
        register = inMemory(IncidentStores.REGISTER, ArticleSerdes.incident());
        index = inMemory(IncidentStores.INDEX, IncidentStores.idList());
        byArticle = inMemory(IncidentStores.BY_ARTICLE, IncidentStores.idList());
        processor.init(context);
    }

    @Test
    void shouldMergeTheThreeAirportReportsIntoOneIncidentWithTheFoundersId() {
        process(article("s002", SeedMentions.airportUndated()).build());
        process(article("s003", SeedMentions.airportOctoberBombing()).build());
        process(article("s004", SeedMentions.airportSuicideBombing()).build());

        Incident airport = only(incidents());
        assertEquals(IncidentIds.founding("s002", 0), airport.getId());
        assertEquals(List.of("s002", "s003", "s004"), airport.getArticleIds());
        assertEquals(3, airport.getReportCount());
        assertEquals("SUICIDE_ATTACK", airport.getType());
        assertEquals("2024-10", airport.getDate());
        assertEquals(2, airport.getKilled());
        assertEquals(BLA, airport.getPerpetrator());
        assertTrue(airport.getClaimed());
        assertFalse(airport.getBackground(), "seeds 003 and 004 tell it as news");
        assertEquals(List.of(airport.getId()), context.forwarded().stream().map(f -> f.record().key()).distinct().toList());
        assertEquals(airport, published().get(airport.getId()));
    }

    @Test
    void shouldLeaveNotRelevantArticlesOutOfTheRegisterAndTakeBackAnArticleThatBecomesNotRelevant() {
        EnrichedArticle policeAttack = article("n1", SeedMentions.airportOctoberBombing())
                .setRelevance(new org.cpecwatch.schemas.avro.Relevance(0.1,
                        org.cpecwatch.schemas.avro.RelevanceLabel.NOT_RELEVANT, "test", List.of())).build();
        process(policeAttack);
        assertTrue(incidents().isEmpty());

        process(article("s003", SeedMentions.airportOctoberBombing()).build());
        assertEquals(1, incidents().size());
        process(article("s003", SeedMentions.airportOctoberBombing()).setRelevance(policeAttack.getRelevance()).build());
        assertTrue(incidents().isEmpty(), "rules that no longer find it relevant take its reports back");
    }

    @Test
    void shouldMergeTheJulyMentionIntoTheKarachiUniversityAttackAndKeepItsDate() {
        process(article("s001", SeedMentions.karachiUniversityApril()).build());
        process(article("s000", SeedMentions.karachiDentalPatient(), SeedMentions.karachiUniversityJuly()).build());

        Incident university = register.get(IncidentIds.founding("s001", 0));
        assertEquals(List.of("s001", "s000"), university.getArticleIds());
        assertEquals("2022-04-26", university.getDate());
        assertEquals(List.of(new IncidentConflict("date", "2022-07", List.of("s000"))), university.getConflicts());
        Incident dentalPatient = register.get(IncidentIds.founding("s000", 0));
        assertEquals("SHOOTING", dentalPatient.getType());
        assertTrue(dentalPatient.getBackground());
        assertEquals(List.of(IncidentIds.founding("s000", 0), university.getId()), byArticle.get("s000"));
    }

    @Test
    void shouldRegisterABackgroundMentionAsABackgroundIncident() {
        process(article("s004", SeedMentions.airportSuicideBombing(), SeedMentions.dalbandinConvoy()).build());

        Incident convoy = register.get(IncidentIds.founding("s004", 1));
        assertEquals("Dalbandin", convoy.getCity());
        assertTrue(convoy.getBackground());
        assertFalse(register.get(IncidentIds.founding("s004", 0)).getBackground());
    }

    @Test
    void shouldReplaceAnArticlesReportsWhenItIsEnrichedAgain() {
        process(article("s003", SeedMentions.airportOctoberBombing()).build());
        process(article("s004", SeedMentions.airportSuicideBombing()).build());
        IncidentMention recounted = SeedMentions.airport("BOMBING").setKilled(3).build();
        process(article("s003", recounted).setEnrichedAt(Instant.parse("2025-02-01T00:00:00Z")).build());

        Incident airport = only(incidents());
        assertEquals(IncidentIds.founding("s003", 0), airport.getId());
        assertEquals(2, airport.getReportCount());
        assertEquals(List.of(new IncidentReport("s003", recounted), new IncidentReport("s004",
                SeedMentions.airportSuicideBombing())), airport.getReports(), "replaced in its place, not added");
        assertEquals(3, airport.getKilled());
    }

    @Test
    void shouldPublishNothingWhenAnArticleSaysTheSameAgain() {
        process(article("s003", SeedMentions.airportOctoberBombing()).build());
        process(article("s004", SeedMentions.airportSuicideBombing()).build());
        context.resetForwards();

        process(article("s003", SeedMentions.airportOctoberBombing()).setEnrichedAt(Instant.parse("2025-03-01T00:00:00Z")).build());

        assertTrue(context.forwarded().isEmpty());
        assertEquals(EnrichedArticles.INGESTED, only(incidents()).getUpdatedAt());
    }

    @Test
    void shouldDeleteAnIncidentThatLosesItsLastReport() {
        process(article("s003", SeedMentions.airportOctoberBombing()).build());
        String id = only(incidents()).getId();

        process(article("s003").build());

        assertTrue(published().containsKey(id));
        assertNull(published().get(id), "a tombstone for the compacted topic");
        assertTrue(incidents().isEmpty());
        assertTrue(all(index).isEmpty());
        assertTrue(all(byArticle).isEmpty());
    }

    @Test
    void shouldTakeBackEveryReportOfADeletedArticle() {
        process(article("s004", SeedMentions.airportSuicideBombing(), SeedMentions.dalbandinConvoy()).build());

        processor.process(new Record<>("s004", null, 0L));

        assertTrue(incidents().isEmpty());
        assertEquals(2, published().size());
        assertTrue(published().values().stream().allMatch(v -> v == null));
    }

    @Test
    void shouldKeepAnIncidentAndItsIdWhileItsFounderDropsTheMentionAndTellsItAgain() {
        process(article("s003", SeedMentions.airportOctoberBombing()).build());
        process(article("s004", SeedMentions.airportSuicideBombing()).build());
        String id = IncidentIds.founding("s003", 0);

        process(article("s003").build());
        assertEquals(List.of("s004"), register.get(id).getArticleIds());
        process(article("s003", SeedMentions.airportOctoberBombing()).build());

        assertEquals(List.of("s004", "s003"), only(incidents()).getArticleIds());
        assertEquals(id, only(incidents()).getId());
    }

    @Test
    void shouldKeepTheIdsAnArticleFoundedWhenItsMentionsComeInAnotherOrder() {
        process(article("s004", SeedMentions.airportSuicideBombing(), SeedMentions.dalbandinConvoy()).build());
        context.resetForwards();

        process(article("s004", SeedMentions.dalbandinConvoy(), SeedMentions.airportSuicideBombing()).build());

        assertEquals("Dalbandin", register.get(IncidentIds.founding("s004", 1)).getCity());
        assertEquals(SeedMentions.AIRPORT, register.get(IncidentIds.founding("s004", 0)).getPlace());
        assertEquals(2, incidents().size());
        assertTrue(context.forwarded().isEmpty(), "the same incidents, told again");
    }

    @Test
    void shouldFoundUnderANewIdWhenTheFoundingIdStillHoldsAnotherIncident() {
        process(article("s003", SeedMentions.airportOctoberBombing()).build());
        process(article("s004", SeedMentions.airportSuicideBombing()).build());
        IncidentMention quetta = IncidentMention.newBuilder().setType("SHOOTING").setDate("2024-10-20").setDatePrecision("DAY")
                .setPlace("Quetta").setPlacePrecision("CITY").setCity("Quetta").setProvince("Balochistan").build();

        process(article("s003", quetta).build());

        assertEquals(List.of("s004"), register.get(IncidentIds.founding("s003", 0)).getArticleIds());
        String newId = only(byArticle.get("s003"));
        assertNotEquals(IncidentIds.founding("s003", 0), newId);
        assertEquals("Quetta", register.get(newId).getCity());
    }

    @Test
    void shouldGiveAnUnplacedNewsMentionItsOwnIncidentButLeaveOutAVagueBackgroundOne() {
        IncidentMention news = IncidentMention.newBuilder().setType("ATTACK").setKilled(1).build();
        IncidentMention history = IncidentMention.newBuilder().setType("ATTACK").setBackground(true).build();

        process(article("a", history, news).build());

        assertEquals(List.of(IncidentIds.founding("a", 1)), incidents().stream().map(Incident::getId).toList());
        process(article("b", IncidentMention.newBuilder(news).build()).build());
        assertEquals(2, incidents().size(), "an unplaced mention joins nothing");
    }

    @Test
    void shouldForgetAnIncidentNobodyReportedForTheRetentionAndFoundItAgainWithTheSameIdWhenItComesBack() {
        process(article("s003", SeedMentions.airportOctoberBombing()).build());
        Incident airport = only(incidents());
        int forwards = context.forwarded().size();
        long retentionEnds = airport.getUpdatedAt().plus(IncidentRegisterProcessor.RETENTION).toEpochMilli();

        sweep(retentionEnds);
        assertEquals(List.of(airport), incidents(), "updated exactly the retention ago: kept");
        sweep(retentionEnds + 1);

        assertTrue(incidents().isEmpty());
        assertTrue(all(index).isEmpty(), "no place lists it");
        assertTrue(all(byArticle).isEmpty(), "no article lists it");
        assertEquals(forwards, context.forwarded().size(), "the topic keeps the incident as last told");
        process(article("s003", SeedMentions.airportOctoberBombing()).build());
        assertEquals(airport.getId(), only(incidents()).getId());
    }

    @Test
    void shouldScheduleTheRetentionSweepOnTheWallClock() {
        assertEquals(1, context.scheduledPunctuators().size());
        assertEquals(IncidentRegisterProcessor.SWEEP_EVERY, context.scheduledPunctuators().get(0).getInterval());
        assertEquals(org.apache.kafka.streams.processor.PunctuationType.WALL_CLOCK_TIME,
                context.scheduledPunctuators().get(0).getType());
    }

    private void sweep(long wallClock) {
        context.scheduledPunctuators().get(0).getPunctuator().punctuate(wallClock);
    }

    private void process(EnrichedArticle article) {
        processor.process(new Record<>(article.getId(), article, 0L));
    }

    private List<Incident> incidents() {
        return all(register).stream().map(kv -> kv.value).toList();
    }

    /** The last value forwarded under each incident id; null for a tombstone. */
    private Map<String, Incident> published() {
        Map<String, Incident> last = new LinkedHashMap<>();
        context.forwarded().forEach(f -> last.put(f.record().key(), f.record().value()));
        return last;
    }

    private static <V> List<KeyValue<String, V>> all(KeyValueStore<String, V> store) {
        List<KeyValue<String, V>> entries = new ArrayList<>();
        try (KeyValueIterator<String, V> iterator = store.all()) {
            iterator.forEachRemaining(entries::add);
        }
        return entries;
    }

    private static <T> T only(List<T> values) {
        assertEquals(1, values.size(), values::toString);
        return values.get(0);
    }

    private <V> KeyValueStore<String, V> inMemory(String name, Serde<V> valueSerde) {
        KeyValueStore<String, V> store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(name), Serdes.String(),
                valueSerde).withLoggingDisabled().build();
        store.init(context.getStateStoreContext(), store);
        return store;
    }
}
