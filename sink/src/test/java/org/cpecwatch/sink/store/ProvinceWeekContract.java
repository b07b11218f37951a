package org.cpecwatch.sink.store;

import static org.cpecwatch.sink.Articles.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.TopicPartition;
import org.cpecwatch.schemas.avro.EnrichedArticle;
import org.cpecwatch.schemas.avro.ProvinceWeek;
import org.cpecwatch.schemas.avro.RelevanceLabel;
import org.cpecwatch.schemas.topic.Topics;
import org.cpecwatch.sink.db.Database;
import org.cpecwatch.sink.query.ProvinceWeekFilter;
import org.cpecwatch.sink.query.ProvinceWeekQueries;
import org.cpecwatch.sink.query.ProvinceWeekRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The weekly counts per province through the store and their query; one suite, every database. */
abstract class ProvinceWeekContract {

    private static final TopicPartition ARTICLES = new TopicPartition(Topics.ENRICHED, 0);
    private static final TopicPartition WEEKS = new TopicPartition(Topics.PROVINCE_WEEKS, 0);

    private ArticleStore store;

    /** A fresh, empty database for each test. */
    protected abstract Database newDatabase() throws Exception;

    @BeforeEach
    void open() throws Exception {
        store = ArticleStore.open(newDatabase(), Clock.systemUTC());
    }

    @AfterEach
    void close() throws SQLException {
        store.close();
    }

    @Test
    void shouldKeepOneRowPerProvinceAndWeekAsTheLatestRecordSays() throws SQLException {
        store(stored("Sindh", "2024-09-30", 3, 1), stored("Sindh", "2024-10-07", 1, 0));
        store(stored("Sindh", "2024-09-30", 5, 2), stored("Sindh", "2024-09-30", 6, 2));

        assertEquals(List.of(new ProvinceWeekRow("Sindh", "2024-09-30", 6, 2), new ProvinceWeekRow("Sindh", "2024-10-07", 1, 0)),
                weeks(ProvinceWeekFilter.ALL));
    }

    @Test
    void shouldDeleteTheRowOnATombstoneAndEndAsTheLastChangeWithinABatchSays() throws SQLException {
        store(stored("Sindh", "2024-09-30", 3, 1), stored("Balochistan", "2024-09-30", 2, 0));

        store(ProvinceWeekChange.removed("Sindh@2024-09-30"), ProvinceWeekChange.removed("Balochistan@2024-09-30"),
                stored("Balochistan", "2024-09-30", 4, 1), ProvinceWeekChange.removed("Punjab@2024-09-30"));

        assertEquals(List.of(new ProvinceWeekRow("Balochistan", "2024-09-30", 4, 1)), weeks(ProvinceWeekFilter.ALL));
    }

    @Test
    void shouldFilterByProvinceInAnyCaseAndByTheWeeksADateRangeTouches() throws SQLException {
        store(stored("Sindh", "2024-09-30", 1, 0), stored("Sindh", "2024-10-07", 2, 1),
                stored("Khyber Pakhtunkhwa", "2024-10-07", 3, 0), stored("Sindh", "2024-10-14", 4, 0));

        assertEquals(List.of("Khyber Pakhtunkhwa@2024-10-07"), keys(new ProvinceWeekFilter("KHYBER pakhtunkhwa", null, null)));
        assertEquals(List.of("Sindh@2024-10-07", "Sindh@2024-10-14"),
                keys(new ProvinceWeekFilter("sindh", LocalDate.of(2024, 10, 9), null)),
                "the week a Wednesday falls in is kept");
        assertEquals(List.of("Sindh@2024-09-30", "Khyber Pakhtunkhwa@2024-10-07", "Sindh@2024-10-07"),
                keys(new ProvinceWeekFilter(null, null, LocalDate.of(2024, 10, 13))));
    }

    @Test
    void shouldCommitTheCountsWithTheOtherTopicsAndTheirOffsetsOrNotAtAll() throws SQLException {
        EnrichedArticle refused = article("bad", RelevanceLabel.RELEVANT, "x");
        refused.getRelevance().setScore(1.5);
        List<ProvinceWeekChange> sindh = List.of(stored("Sindh", "2024-09-30", 3, 1));
        Map<TopicPartition, Long> next = Map.of(ARTICLES, 1L, WEEKS, 1L);

        assertThrows(SQLException.class, () -> store.store(List.of(refused), List.of(), sindh, "g", next));
        assertEquals(List.of(), weeks(ProvinceWeekFilter.ALL), "the counts went back with the article");
        assertEquals(Map.of(), store.offsets("g", List.of(ARTICLES, WEEKS)));

        store.store(List.of(article("ok", RelevanceLabel.RELEVANT, "y")), List.of(), sindh, "g", next);
        store.store(List.of(), List.of(), sindh, "g", next);
        assertEquals(List.of(new ProvinceWeekRow("Sindh", "2024-09-30", 3, 1)), weeks(ProvinceWeekFilter.ALL),
                "stored again, still one row");
        assertEquals(next, store.offsets("g", List.of(ARTICLES, WEEKS)));
    }

    @Test
    void shouldRefuseAKeyThatIsNotAProvinceAndAWeekOrDoesNotMatchItsCounts() {
        assertThrows(IllegalArgumentException.class, () -> ProvinceWeekChange.removed("Sindh"));
        assertThrows(IllegalArgumentException.class, () -> ProvinceWeekChange.removed("Sindh@last week"));
        assertThrows(IllegalArgumentException.class,
                () -> ProvinceWeekChange.of("Punjab@2024-09-30", week("Sindh", "2024-09-30", 1, 0)));
        assertEquals("Gilgit@Baltistan", ProvinceWeekChange.removed("Gilgit@Baltistan@2024-09-30").province(),
                "the week follows the last @");
    }

    private static ProvinceWeekChange stored(String province, String weekStart, long articles, long incidents) {
        return ProvinceWeekChange.stored(week(province, weekStart, articles, incidents));
    }

    private static ProvinceWeek week(String province, String weekStart, long articles, long incidents) {
        return new ProvinceWeek(province, weekStart, articles, incidents);
    }

    private void store(ProvinceWeekChange... changes) throws SQLException {
        store.store(List.of(), List.of(), List.of(changes), "g", Map.of());
    }

    private List<ProvinceWeekRow> weeks(ProvinceWeekFilter filter) throws SQLException {
        return new ProvinceWeekQueries(store.connection()).find(filter);
    }

    private List<String> keys(ProvinceWeekFilter filter) throws SQLException {
        return weeks(filter).stream().map(w -> w.province() + "@" + w.weekStart()).toList();
    }
}
