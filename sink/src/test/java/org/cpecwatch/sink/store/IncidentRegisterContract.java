package org.cpecwatch.sink.store;

import static org.cpecwatch.sink.Articles.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.common.TopicPartition;
import org.cpecwatch.schemas.avro.EnrichedArticle;
import org.cpecwatch.schemas.avro.Incident;
import org.cpecwatch.schemas.avro.IncidentConflict;
import org.cpecwatch.schemas.avro.RelevanceLabel;
import org.cpecwatch.schemas.topic.Topics;
import org.cpecwatch.sink.IncidentTables;
import org.cpecwatch.sink.Incidents;
import org.cpecwatch.sink.db.Database;
import org.cpecwatch.sink.query.ConflictingValue;
import org.cpecwatch.sink.query.IncidentDetail;
import org.cpecwatch.sink.query.IncidentFilter;
import org.cpecwatch.sink.query.IncidentQueries;
import org.cpecwatch.sink.query.IncidentSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The incident register through the store and its queries; one suite, every database. */
abstract class IncidentRegisterContract {

    private static final TopicPartition ARTICLES = new TopicPartition(Topics.ENRICHED, 0);
    private static final TopicPartition INCIDENTS = new TopicPartition(Topics.INCIDENTS, 0);

    private ArticleStore store;
    private Database database;

    /** A fresh, empty database for each test. */
    protected abstract Database newDatabase() throws Exception;

    @BeforeEach
    void open() throws Exception {
        database = newDatabase();
        store = ArticleStore.open(database, Clock.systemUTC());
    }

    @AfterEach
    void close() throws SQLException {
        store.close();
    }

    @Test
    void shouldListTheRegisterNewestFirstWithPrecisionClaimAndBackground() throws SQLException {
        Incident dasu = Incidents.dasuBus("dasu", List.of("d1"));
        dasu.setLat(null);
        dasu.setLon(null);
        store(IncidentChange.stored(dasu), IncidentChange.stored(airportWithAConflict()));

        List<IncidentSummary> all = queries().find(new IncidentFilter(null, null, null));

        assertEquals(List.of(new IncidentSummary("airport", "BOMBING", "2024-10-06", "DAY", "Jinnah International Airport",
                        "Sindh", 2, 10, "BLA", true, 3, false, 24.9065, 67.1608, 2, 1, 1),
                new IncidentSummary("dasu", "SUICIDE_ATTACK", "2021-07", "MONTH", "Dasu", "Khyber Pakhtunkhwa", 13, null,
                        null, false, 1, true, null, null, 9, null, 0)), all);
        assertEquals(List.of("dasu"), ids(new IncidentFilter(null, "khyber pakhtunkhwa", null)));
        assertEquals(List.of("airport"), ids(new IncidentFilter(LocalDate.of(2022, 1, 1), null, null)));
        assertEquals(List.of("dasu"), ids(new IncidentFilter(LocalDate.of(2021, 7, 20), "KHYBER PAKHTUNKHWA", 1)),
                "a month-precision date counts as within the month asked for");
    }

    @Test
    void shouldFilterByDateRangeAndType() throws SQLException {
        store(IncidentChange.stored(Incidents.dasuBus("dasu", List.of("d1"))),
                IncidentChange.stored(Incidents.karachiAirport("airport", List.of("k1"))));

        assertEquals(List.of("dasu"), ids(new IncidentFilter(null, LocalDate.of(2024, 10, 5), null, null, null)));
        assertEquals(List.of("dasu"), ids(new IncidentFilter(null, LocalDate.of(2021, 7, 1), null, null, null)),
                "a month-precision date counts as reaching the day asked for");
        assertEquals(List.of("airport", "dasu"), ids(new IncidentFilter(LocalDate.of(2021, 7, 31),
                LocalDate.of(2024, 10, 6), null, null, null)));
        assertEquals(List.of("airport"), ids(new IncidentFilter(null, null, null, "bombing", null)));
        assertEquals(List.of(), ids(new IncidentFilter(null, null, "Sindh", "SUICIDE_ATTACK", null)));
        assertThrows(IllegalArgumentException.class,
                () -> new IncidentFilter(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 1, 1), null, null, null));
    }

    @Test
    void shouldReadOneIncidentWithItsConflictsReportsAndFullRecord() throws Exception {
        store(IncidentChange.stored(airportWithAConflict()));

        IncidentDetail airport = queries().byId("airport").orElseThrow();

        assertEquals(queries().find(IncidentFilter.ALL).get(0), airport.summary());
        assertEquals(List.of(new ConflictingValue("killed", "3", List.of("k3"))), airport.conflicts());
        assertEquals(List.of("k1", "k2", "k3"), airport.articleIds());
        assertEquals("CHINESE_NATIONALS", new ObjectMapper().readTree(airport.recordJson()).get("target").asText());
        assertEquals(Optional.empty(), queries().byId("no-such-incident"));
    }

    @Test
    void shouldListTheIncidentsAnArticleReports() throws SQLException {
        store(IncidentChange.stored(Incidents.dasuBus("dasu", List.of("shared", "d1"))),
                IncidentChange.stored(Incidents.karachiAirport("airport", List.of("shared"))),
                IncidentChange.stored(Incidents.karachiAirport("other", List.of("k9"))));

        assertEquals(List.of("airport", "dasu"),
                queries().reportedBy("shared").stream().map(IncidentSummary::id).toList());
        assertEquals(List.of(), queries().reportedBy("unknown"));
    }

    /** Reported by k1..k3, one of which gives another death toll; one Chinese among the injured. */
    private static Incident airportWithAConflict() {
        Incident airport = Incidents.karachiAirport("airport", List.of("k1", "k2", "k3"));
        airport.setInjuredByNationality(Map.of("Chinese", 1));
        airport.setConflicts(List.of(new IncidentConflict("killed", "3", List.of("k3"))));
        return airport;
    }

    @Test
    void shouldExportTheFullRecordOfEachIncidentInListingOrder() throws Exception {
        store(IncidentChange.stored(Incidents.dasuBus("dasu", List.of("d1"))),
                IncidentChange.stored(Incidents.karachiAirport("airport", List.of("k1", "k2"))));

        List<String> json = new ArrayList<>();
        queries().exportJson(new IncidentFilter(null, null, null), json::add);

        JsonNode airport = new ObjectMapper().readTree(json.get(0));
        assertEquals(2, json.size());
        assertEquals("k2", airport.at("/reports/1/articleId").asText());
        assertEquals(2, airport.at("/killedByNationality/Chinese").asInt());
        assertEquals("CHINESE_NATIONALS", airport.at("/target").asText());
    }

    @Test
    void shouldEndAsTheLastChangeOfAnIncidentWithinOneBatchSays() throws SQLException {
        Incident first = Incidents.karachiAirport("airport", List.of("k1"));
        Incident later = Incidents.karachiAirportLater("airport", List.of("k1", "k2"));
        store(IncidentChange.stored(first), IncidentChange.removed("airport"), IncidentChange.stored(later),
                IncidentChange.stored(Incidents.dasuBus("dasu", List.of("d1"))), IncidentChange.removed("dasu"));

        assertEquals(Set.of("airport"), IncidentTables.snapshot(database, "").keySet());
        assertEquals(Set.of("k1", "k2"), IncidentTables.reports(database, "airport"));
        assertEquals("TTP", IncidentTables.row(database, "airport").get("perpetrator"));
    }

    @Test
    void shouldCommitArticlesIncidentsAndTheOffsetsOfBothTopicsTogetherOrNotAtAll() throws SQLException {
        EnrichedArticle refused = article("bad", RelevanceLabel.RELEVANT, "x");
        refused.getRelevance().setScore(1.5);
        List<IncidentChange> airport = List.of(IncidentChange.stored(Incidents.karachiAirport("airport", List.of("ok"))));

        assertThrows(SQLException.class, () -> store.store(List.of(refused), airport, "g", Map.of(ARTICLES, 1L, INCIDENTS, 1L)));
        assertEquals(Map.of(), IncidentTables.snapshot(database, ""), "the incident went back with the article");
        assertEquals(Map.of(), store.offsets("g", List.of(ARTICLES, INCIDENTS)));

        store.store(List.of(article("ok", RelevanceLabel.RELEVANT, "y")), airport, "g", Map.of(ARTICLES, 1L, INCIDENTS, 1L));
        assertEquals(Set.of("airport"), IncidentTables.snapshot(database, "").keySet());
        assertEquals(Map.of(ARTICLES, 1L, INCIDENTS, 1L), store.offsets("g", List.of(ARTICLES, INCIDENTS)));
    }

    private void store(IncidentChange... changes) throws SQLException {
        store.store(List.of(), List.of(changes), "g", Map.of());
    }

    private IncidentQueries queries() throws SQLException {
        return new IncidentQueries(store.connection());
    }

    private List<String> ids(IncidentFilter filter) throws SQLException {
        return queries().find(filter).stream().map(IncidentSummary::id).toList();
    }
}
