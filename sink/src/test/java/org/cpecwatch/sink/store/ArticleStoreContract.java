package org.cpecwatch.sink.store;

import static org.cpecwatch.sink.Articles.article;
import static org.cpecwatch.sink.Articles.group;
import static org.cpecwatch.sink.Articles.place;
import static org.cpecwatch.sink.Articles.tagged;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.common.TopicPartition;
import org.cpecwatch.schemas.avro.Category;
import org.cpecwatch.schemas.avro.EnrichedArticle;
import org.cpecwatch.schemas.avro.RelevanceLabel;
import org.cpecwatch.sink.db.Database;
import org.cpecwatch.sink.query.ArticleDetail;
import org.cpecwatch.sink.query.ArticleFilter;
import org.cpecwatch.sink.query.ArticleQueries;
import org.cpecwatch.sink.query.ArticleSummary;
import org.cpecwatch.sink.query.IncidentFilter;
import org.cpecwatch.sink.query.IncidentQueries;
import org.cpecwatch.sink.query.IncidentSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One suite, every database: SQLite and PostgreSQL must behave the same through the store and the queries. */
abstract class ArticleStoreContract {

    private static final TopicPartition P0 = new TopicPartition("articles.enriched", 0);
    private static final TopicPartition P1 = new TopicPartition("articles.enriched", 1);

    protected ArticleStore store;
    protected Database database;

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
    void shouldStoreEachArticleOnceHoweverOftenItArrives() throws SQLException {
        store.upsert(List.of(article("a", RelevanceLabel.RELEVANT, "one"), article("b", RelevanceLabel.NOT_RELEVANT, "two")));
        store.upsert(List.of(article("a", RelevanceLabel.RELEVANT, "one, enriched again")));

        assertEquals(2, store.count());
        assertEquals(1, store.countWithLabel(RelevanceLabel.RELEVANT));
        assertEquals("one, enriched again", single("SELECT clean_text FROM articles WHERE id = 'a'"));
    }

    @Test
    void shouldNormaliseCategoriesAndEntitiesAndReplaceThemWhenTheArticleComesAgain() throws SQLException {
        store.upsert(List.of(
                tagged("a", "2024-10-07", List.of(Category.ATTACK, Category.MILITANT_GROUP),
                        List.of(place("Karachi", "Sindh"), group("BLA")), "Karachi airport bombing"),
                tagged("b", "2024-10-08", List.of(Category.ATTACK), List.of(place("Karachi", "Sindh")), "More on Karachi")));

        assertEquals("2", single("SELECT COUNT(*) FROM entities"), "Karachi is one entity for both articles");
        assertEquals("3", single("SELECT COUNT(*) FROM article_entities"));
        assertEquals("3", single("SELECT COUNT(*) FROM article_categories"));

        store.upsert(List.of(tagged("a", "2024-10-07", List.of(Category.SECURITY_MEASURES), List.of(), "Security raised")));

        assertEquals("SECURITY_MEASURES", single("SELECT category FROM article_categories WHERE article_id = 'a'"));
        assertEquals("0", single("SELECT COUNT(*) FROM article_entities WHERE article_id = 'a'"));
        assertEquals("1", single("SELECT COUNT(*) FROM article_entities WHERE article_id = 'b'"));
    }

    @Test
    void shouldStoreTheLaterOfTwoVersionsInOneBatch() throws SQLException {
        store.upsert(List.of(article("a", RelevanceLabel.RELEVANT, "first"), article("a", RelevanceLabel.RELEVANT, "second")));

        assertEquals(1, store.count());
        assertEquals("second", single("SELECT clean_text FROM articles WHERE id = 'a'"));
    }

    @Test
    void shouldUpdateAnEntityWhoseAttributesChanged() throws SQLException {
        store.upsert(List.of(tagged("a", "2024-10-07", List.of(), List.of(place("Karachi", "Sindh")), "Karachi")));
        store.upsert(List.of(tagged("b", "2024-10-08", List.of(), List.of(place("Karachi", "Sindh (corrected)")), "Karachi")));

        assertEquals("1", single("SELECT COUNT(*) FROM entities"));
        assertTrue(single("SELECT attributes FROM entities").contains("Sindh (corrected)"),
                single("SELECT attributes FROM entities"));
    }

    @Test
    void shouldKeepTheWholeRecordAsJson() throws Exception {
        store.upsert(List.of(tagged("a", "2024-10-07", List.of(Category.ATTACK), List.of(group("BLA")), "Dasu attack")));

        List<String> json = new ArrayList<>();
        new ArticleQueries(store.connection(), store.dialect()).exportJson(ArticleFilter.ALL, json::add);

        assertEquals(1, json.size());
        var record = new ObjectMapper().readTree(json.get(0));
        assertEquals("RELEVANT", record.at("/relevance/label").asText());
        assertEquals("BLA", record.at("/entities/0/name").asText());
        assertEquals("Dasu attack", record.at("/cleanText").asText());
    }

    @Test
    void shouldStoreNothingOfABatchThatFailsAndSayTheRowIsAtFault() {
        EnrichedArticle broken = article("bad", RelevanceLabel.RELEVANT, "x");
        broken.getRelevance().setScore(1.5);

        SQLException e = assertThrows(SQLException.class,
                () -> store.store(List.of(article("ok", RelevanceLabel.RELEVANT, "y"), broken), "g", Map.of(P0, 7L)));

        assertTrue(store.dialect().refusesRow(e), "a refused row, not an outage: " + e.getMessage());
        assertEquals(0, count(), "the batch is one transaction");
        assertEquals(Map.of(), offsets("g"), "offsets did not move either");
    }

    @Test
    void shouldCommitOffsetsWithTheRowsPerConsumerGroup() throws SQLException {
        store.store(List.of(article("a", RelevanceLabel.RELEVANT, "x")), "g", Map.of(P0, 5L, P1, 2L));
        store.store(List.of(article("b", RelevanceLabel.RELEVANT, "y")), "g", Map.of(P0, 9L));
        store.store(List.of(), "other", Map.of(P0, 1L));

        assertEquals(Map.of(P0, 9L, P1, 2L), offsets("g"));
        assertEquals(Map.of(P0, 1L), offsets("other"));
    }

    @Test
    void shouldFindByFullTextAndKeepTheIndexInStepWithTheUpsert() throws SQLException {
        store.upsert(List.of(article("a", RelevanceLabel.RELEVANT, "Gunmen attacked the Gwadar port convoy")));

        assertEquals(List.of("a"), ids(filter(null, null, null, null, null, null, "Gwadar")));
        assertEquals(List.of("a"), ids(filter(null, null, null, null, null, null, "convoy")));

        store.upsert(List.of(article("a", RelevanceLabel.RELEVANT, "Blast near Karachi airport")));

        assertEquals(List.of(), ids(filter(null, null, null, null, null, null, "Gwadar")));
        assertEquals(List.of("a"), ids(filter(null, null, null, null, null, null, "Karachi")));
    }

    @Test
    void shouldFilterByLabelDatesCategoryPlaceAndGroup() throws SQLException {
        store.upsert(List.of(
                tagged("old", "2022-04-26", List.of(Category.ATTACK), List.of(place("Karachi", "Sindh"), group("BLA")), "University"),
                tagged("mid", "2024-03", List.of(Category.SECURITY_MEASURES), List.of(place("Besham", "KP")), "Convoy rules"),
                tagged("new", "2024-10-07", List.of(Category.ATTACK), List.of(place("Karachi", "Sindh"), group("BLA")), "Airport"),
                article("neg", RelevanceLabel.NOT_RELEVANT, "Cricket")));

        assertEquals(List.of("new", "mid", "old"), ids(filter(RelevanceLabel.RELEVANT, null, null, null, null, null, null)));
        assertEquals(List.of("new", "mid"), ids(filter(RelevanceLabel.RELEVANT, LocalDate.of(2024, 1, 1), null, null, null, null, null)));
        assertEquals(List.of("mid", "old"), ids(filter(RelevanceLabel.RELEVANT, null, LocalDate.of(2024, 3, 31), null, null, null, null)));
        assertEquals(List.of("new", "mid"), ids(filter(RelevanceLabel.RELEVANT, LocalDate.of(2024, 3, 15), null, null, null, null, null)),
                "a month-precision date counts as within the month asked for");
        assertEquals(List.of("new", "old"), ids(filter(null, null, null, "attack", null, null, null)));
        assertEquals(List.of("new", "old"), ids(filter(null, null, null, null, "karachi", null, null)));
        assertEquals(List.of("mid"), ids(filter(null, null, null, null, "Besham", null, null)));
        assertEquals(List.of("new", "old"), ids(filter(null, null, null, null, "sindh", null, null)),
                "a province finds the articles that name a place inside it");
        assertEquals(List.of(), ids(filter(null, null, null, null, "Punjab", null, null)));
        assertEquals(List.of("new", "old"), ids(filter(null, null, null, null, null, "bla", null)));
        List<ArticleSummary> limited = new ArticleQueries(store.connection(), store.dialect())
                .find(new ArticleFilter(RelevanceLabel.RELEVANT, null, null, null, null, null, null, 1));
        assertEquals(1, limited.size());
        assertEquals(List.of("ATTACK"), limited.get(0).categories());
        assertEquals("2024-10-07", limited.get(0).date());
    }

    @Test
    void shouldTakeWhatAPersonTypesAsSearchWordsWithoutSyntaxErrors() throws SQLException {
        store.upsert(List.of(article("a", RelevanceLabel.RELEVANT, "Chinese engineers' convoy attacked near Dasu dam")));

        assertEquals(List.of("a"), ids(filter(null, null, null, null, null, null, "\"convoy attacked\" Dasu")));
        assertEquals(List.of("a"), ids(filter(null, null, null, null, null, null, "engineers")));
        for (String odd : List.of("\"unbalanced", "AND OR NOT", "*", "(", "dasu:", "-", "   ")) {
            ids(filter(null, null, null, null, null, null, odd));
        }
        assertEquals(List.of(), ids(filter(null, null, null, null, null, null, "Gwadar")));
    }

    @Test
    void shouldSurviveAnInjectionAttemptAsPlainText() throws SQLException {
        store.upsert(List.of(article("a", RelevanceLabel.RELEVANT, "text")));

        assertEquals(List.of(), ids(filter(null, null, null, "x' OR '1'='1", null, null, null)));
        assertEquals(1, store.count());
    }

    @Test
    void shouldMigrateAgainWithoutHarm() throws SQLException {
        store.upsert(List.of(article("a", RelevanceLabel.RELEVANT, "text")));

        try (ArticleStore again = ArticleStore.open(database, Clock.systemUTC())) {
            assertEquals(1, again.count());
        }
    }

    @Test
    void shouldReadOneArticleWithItsFullRecordAndItsStorySiblings() throws Exception {
        EnrichedArticle first = tagged("first", "2024-10-07", List.of(Category.ATTACK), List.of(), "Karachi airport attack");
        EnrichedArticle rewrite = tagged("rewrite", "2024-10-08", List.of(), List.of(), "Airport attack in Karachi");
        EnrichedArticle copy = tagged("copy", "2024-10-09", List.of(), List.of(), "Karachi airport attack, again");
        EnrichedArticle alone = tagged("alone", "2024-10-09", List.of(), List.of(), "Something else");
        List.of(first, rewrite, copy).forEach(a -> a.setStoryId("first"));
        store.upsert(List.of(first, rewrite, copy, alone));
        ArticleQueries queries = new ArticleQueries(store.connection(), store.dialect());

        ArticleDetail detail = queries.byId("rewrite").orElseThrow();

        assertEquals(queries.find(filter(null, LocalDate.of(2024, 10, 8), LocalDate.of(2024, 10, 8), null, null, null,
                null)).get(0), detail.summary());
        assertEquals("first", detail.storyId());
        assertEquals("Airport attack in Karachi", new ObjectMapper().readTree(detail.recordJson()).get("cleanText").asText());
        assertEquals(List.of("copy", "first"), queries.storySiblings(detail.storyId(), "rewrite").stream()
                .map(ArticleSummary::id).toList(), "newest first, without the article itself");
        assertEquals(List.of("copy", "rewrite", "first"), queries.storySiblings("first", null).stream()
                .map(ArticleSummary::id).toList());
        assertEquals(Optional.empty(), queries.byId("no-such-article"));
    }

    @Test
    void shouldListIncidentsNewestFirstByProvince() throws SQLException {
        String insert = "INSERT INTO incidents (id, type, incident_date, place, province, killed, injured, perpetrator,"
                + " report_count, record_json, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                + store.dialect().jsonParameter() + ", " + store.dialect().timestampParameter() + ")";
        try (PreparedStatement s = store.connection().prepareStatement(insert)) {
            Object[][] rows = {
                    {"i1", "BOMBING", "2024-10-06", "Karachi airport", "Sindh", 2, 10, "BLA", 3},
                    {"i2", "SUICIDE_ATTACK", "2024-03-26", "Besham", "Khyber Pakhtunkhwa", 6, null, null, 2},
                    {"i3", "ATTACK", "2022-04-26", "Karachi University", "Sindh", 4, 4, "BLA", 1}};
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    s.setObject(i + 1, row[i]);
                }
                s.setString(10, "{}");
                s.setString(11, "2026-01-01T00:00:00.000Z");
                s.executeUpdate();
            }
        }

        IncidentQueries incidents = new IncidentQueries(store.connection());
        List<IncidentSummary> sindh = incidents.find(new IncidentFilter(null, "sindh", null));
        assertEquals(List.of("i1", "i3"), sindh.stream().map(IncidentSummary::id).toList());
        assertEquals(2, sindh.get(0).killed());
        assertEquals(List.of("i1", "i2"), incidents.find(new IncidentFilter(LocalDate.of(2023, 1, 1), null, null))
                .stream().map(IncidentSummary::id).toList());
        assertTrue(incidents.find(new IncidentFilter(null, null, null)).get(1).injured() == null);
    }

    private ArticleFilter filter(RelevanceLabel label, LocalDate since, LocalDate until, String category, String place,
                                 String group, String text) {
        return new ArticleFilter(label, since, until, category, place, group, text, null);
    }

    private List<String> ids(ArticleFilter filter) throws SQLException {
        return new ArticleQueries(store.connection(), store.dialect()).find(filter).stream().map(ArticleSummary::id).toList();
    }

    private long count() {
        try {
            return store.count();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<TopicPartition, Long> offsets(String group) {
        try {
            return store.offsets(group, List.of(P0, P1));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String single(String sql) throws SQLException {
        Connection c = store.connection();
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            assertTrue(rs.next(), sql);
            return rs.getString(1);
        }
    }
}
