package org.cpecwatch.sink.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.cpecwatch.schemas.avro.EnrichedArticle;
import org.cpecwatch.schemas.avro.RelevanceLabel;
import org.cpecwatch.sink.Articles;
import org.cpecwatch.sink.db.Database;
import org.cpecwatch.sink.store.ArticleStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A follower reads every row the sink wrote, once, however many rows one batch wrote at one moment. */
class ChangeQueriesTest {

    @TempDir
    Path dir;

    @Test
    void shouldReadABatchLargerThanAPageWholeAndInOrder() throws Exception {
        Database database = Database.sqlite(dir.resolve("cpecwatch.db"));
        Clock clock = Clock.fixed(Instant.parse("2026-12-05T04:00:00Z"), ZoneOffset.UTC);
        List<EnrichedArticle> batch = IntStream.range(0, 450)
                .mapToObj(i -> Articles.article(String.format("a%03d", i), RelevanceLabel.RELEVANT, "text " + i)).toList();
        try (ArticleStore store = ArticleStore.open(database, clock)) {
            store.upsert(batch);
            store.upsert(List.of(Articles.article("b000", RelevanceLabel.NOT_RELEVANT, "later")));
            ChangeQueries changes = new ChangeQueries(store.connection(), store.dialect());

            List<String> read = new ArrayList<>();
            ChangeQueries.Position from = new ChangeQueries.Position("2026-12-05T03:59:50.000Z", "");
            List<ChangeQueries.StoredArticle> page;
            do {
                page = changes.articlesAfter(from, 200);
                for (ChangeQueries.StoredArticle article : page) {
                    read.add(article.id());
                    from = new ChangeQueries.Position(article.storedAt(), article.id());
                }
            } while (page.size() == 200);

            List<String> expected = new ArrayList<>(batch.stream().map(a -> a.getId().toString()).toList());
            expected.add("b000");
            assertEquals(expected, read);
            assertEquals("2026-12-05T04:00:00.000Z", changes.latestArticle());
            assertEquals(List.of(), changes.articlesAfter(from, 200), "nothing after the last row");
        }
    }
}
