package org.cpecwatch.sink.store;

import static org.cpecwatch.sink.Articles.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;

import org.cpecwatch.schemas.avro.EnrichedArticle;
import org.cpecwatch.schemas.avro.RelevanceLabel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleStoreTest {

    @TempDir
    Path dir;

    @Test
    void shouldStoreEachArticleOnceHoweverOftenItArrives() throws SQLException {
        try (ArticleStore store = ArticleStore.openSqlite(dir.resolve("db/cpecwatch.db"), Clock.systemUTC())) {
            store.upsert(List.of(article("a", RelevanceLabel.RELEVANT, "one"), article("b", RelevanceLabel.NOT_RELEVANT, "two")));
            store.upsert(List.of(article("a", RelevanceLabel.RELEVANT, "one, enriched again")));

            assertEquals(2, store.count());
            assertEquals(1, store.countWithLabel(RelevanceLabel.RELEVANT));
        }
        assertEquals("one, enriched again", queryText("a"));
    }

    @Test
    void shouldKeepTheWholeRecordAsJson() throws SQLException {
        try (ArticleStore store = ArticleStore.openSqlite(dir.resolve("c.db"), Clock.systemUTC())) {
            store.upsert(List.of(article("a", RelevanceLabel.RELEVANT, "text")));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("c.db"));
             ResultSet rs = c.createStatement().executeQuery("SELECT json_extract(record_json, '$.relevance.label') FROM articles")) {
            rs.next();
            assertEquals("RELEVANT", rs.getString(1));
        }
    }

    @Test
    void shouldStoreNothingOfABatchThatFails() throws SQLException {
        EnrichedArticle broken = article("bad", RelevanceLabel.RELEVANT, "x");
        broken.setSourceFile(null);
        try (ArticleStore store = ArticleStore.openSqlite(dir.resolve("d.db"), Clock.systemUTC())) {
            assertThrows(SQLException.class, () -> store.upsert(List.of(article("ok", RelevanceLabel.RELEVANT, "y"), broken)));

            assertEquals(0, store.count(), "the batch is one transaction");
        }
    }

    private String queryText(String id) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("db/cpecwatch.db"));
             var s = c.prepareStatement("SELECT clean_text FROM articles WHERE id = ?")) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
