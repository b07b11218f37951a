package org.cpecwatch.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.cpecwatch.schemas.avro.Category;
import org.cpecwatch.schemas.avro.CategoryTag;
import org.cpecwatch.schemas.avro.EnrichedArticle;
import org.cpecwatch.schemas.avro.Entity;
import org.cpecwatch.schemas.avro.Relevance;
import org.cpecwatch.schemas.avro.RelevanceLabel;
import org.cpecwatch.sink.db.Database;
import org.cpecwatch.sink.query.ArticleFilter;
import org.cpecwatch.sink.query.ArticleQueries;
import org.cpecwatch.sink.query.SummaryJson;
import org.cpecwatch.sink.store.ArticleStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueryCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private String db;

    @BeforeEach
    void storeArticles() throws SQLException {
        db = dir.resolve("q.db").toString();
        try (ArticleStore store = ArticleStore.open(Database.of(db), Clock.systemUTC())) {
            store.upsert(List.of(
                    article("airport", "2024-10-07", RelevanceLabel.RELEVANT, "Karachi airport blast, \"claimed\", by BLA",
                            List.of(Category.ATTACK), List.of(new Entity("MILITANT_GROUP", "Balochistan Liberation Army", Map.of(), List.of()))),
                    article("dasu", "2021-07-14", RelevanceLabel.RELEVANT, "Dasu bus attack on Chinese engineers",
                            List.of(Category.ATTACK), List.of(new Entity("PLACE", "Dasu", Map.of(), List.of()))),
                    article("cricket", "2024-11-01", RelevanceLabel.NOT_RELEVANT, "Cricket in Lahore", List.of(), List.of())));
        }
    }

    @Test
    void shouldPrintOneJsonObjectPerMatchingArticle() throws IOException {
        CliRunner.Result result = CliRunner.run("query", "--db", db, "--relevant", "--format", "json");

        assertEquals(0, result.exitCode(), result.err());
        List<JsonNode> rows = result.out().lines().map(QueryCommandTest::parse).toList();
        assertEquals(List.of("airport", "dasu"), rows.stream().map(r -> r.get("id").asText()).toList());
        assertEquals("ATTACK", rows.get(0).get("categories").get(0).asText());
    }

    @Test
    void shouldPrintTheRowsTheWebApiServesFieldForField() throws Exception {
        CliRunner.Result result = CliRunner.run("query", "--db", db, "--format", "json");

        List<JsonNode> printed = result.out().lines().map(QueryCommandTest::parse).toList();
        try (ArticleStore store = ArticleStore.open(Database.of(db), Clock.systemUTC())) {
            List<JsonNode> served = new ArticleQueries(store.connection(), store.dialect())
                    .find(new ArticleFilter(null, null, null, null, null, null, null, QueryCommand.DEFAULT_LIMIT))
                    .stream().map(SummaryJson::article).map(JsonNode.class::cast).toList();
            assertEquals(served, printed);
        }
    }

    @Test
    void shouldCombineFiltersWithAnd() {
        assertEquals(List.of("dasu"), ids("query", "--db", db, "--place", "dasu", "--category", "attack", "--format", "json"));
        assertEquals(List.of("airport"), ids("query", "--db", db, "--group", "BLA", "--since", "2024-01-01", "--format", "json"));
        assertEquals(List.of("dasu"), ids("query", "--db", db, "--text", "engineers", "--format", "json"));
        assertEquals(List.of("cricket"), ids("query", "--db", db, "--label", "NOT_RELEVANT", "--format", "json"));
        assertEquals(List.of("cricket"), ids("query", "--db", db, "--limit", "1", "--format", "json"));
    }

    @Test
    void shouldPrintAReadableTableWithOneLinePerArticle() {
        CliRunner.Result result = CliRunner.run("query", "--db", db);

        List<String> lines = result.out().lines().toList();
        assertEquals(4, lines.size(), result.out());
        assertTrue(lines.get(0).startsWith("DATE        LABEL"), lines.get(0));
        assertTrue(lines.get(1).startsWith("2024-11-01  NOT_RELEVANT"), lines.get(1));
    }

    @Test
    void shouldWriteCsvThatQuotesWhatItMust() {
        CliRunner.Result result = CliRunner.run("query", "--db", db, "--group", "bla", "--format", "csv");

        List<String> lines = result.out().lines().toList();
        assertEquals("date,label,score,title,categories,source,url,file,id", lines.get(0));
        assertTrue(lines.get(1).contains("\"Title: Karachi airport blast, \"\"claimed\"\", by BLA\""), lines.get(1));
    }

    @Test
    void shouldExportFullRecordsAsJsonLines() throws IOException {
        Path out = dir.resolve("export.jsonl");

        CliRunner.Result result = CliRunner.run("export", "--db", db, "--relevant", "--format", "jsonl", "--out", out.toString());

        assertEquals(0, result.exitCode(), result.err());
        assertEquals("exported 2 articles to " + out.toAbsolutePath(), result.out().strip());
        List<JsonNode> records = Files.readAllLines(out).stream().map(QueryCommandTest::parse).toList();
        assertEquals("Dasu bus attack on Chinese engineers", records.get(1).get("cleanText").asText());
        assertEquals("RELEVANT", records.get(0).at("/relevance/label").asText());
    }

    @Test
    void shouldExportCsvWithTheSameFilters() throws IOException {
        Path out = dir.resolve("export.csv");

        CliRunner.run("export", "--db", db, "--until", "2022-01-01", "--format", "csv", "--out", out.toString());

        List<String> lines = Files.readAllLines(out);
        assertEquals(2, lines.size());
        assertTrue(lines.get(1).startsWith("2021-07-14,RELEVANT"), lines.get(1));
    }

    @Test
    void shouldSayThereAreNoIncidentsYet() {
        CliRunner.Result result = CliRunner.run("incidents", "--db", db, "--province", "Sindh");

        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("(no incidents in the register yet)"), result.out());
    }

    @Test
    void shouldRefuseContradictoryFiltersAndMissingDatabasesInOneLine() {
        CliRunner.Result contradiction = CliRunner.run("query", "--db", db, "--relevant", "--label", "NOT_RELEVANT");
        CliRunner.Result missing = CliRunner.run("query", "--db", dir.resolve("none.db").toString());
        CliRunner.Result badDate = CliRunner.run("query", "--db", db, "--since", "yesterday");

        assertEquals("cpecwatch: --relevant contradicts --label NOT_RELEVANT", contradiction.err().strip());
        assertTrue(missing.err().startsWith("cpecwatch: no database at jdbc:sqlite:"), missing.err());
        assertEquals(1, missing.exitCode());
        assertEquals(2, badDate.exitCode(), "a malformed option is a usage error");
    }

    private static List<String> ids(String... args) {
        CliRunner.Result result = CliRunner.run(args);
        assertEquals(0, result.exitCode(), result.err());
        return result.out().lines().map(l -> parse(l).get("id").asText()).toList();
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new IllegalStateException(line, e);
        }
    }

    private static EnrichedArticle article(String id, String date, RelevanceLabel label, String text,
                                           List<Category> categories, List<Entity> entities) {
        Instant at = Instant.parse("2026-01-01T00:00:00Z");
        return EnrichedArticle.newBuilder().setId(id).setSourceFile(id + ".txt").setIngestedAt(at).setEnrichedAt(at)
                .setTitle("Title: " + text).setPublishedDate(date).setCleanText(text)
                .setRelevance(Relevance.newBuilder().setScore(label == RelevanceLabel.RELEVANT ? 0.9 : 0.1).setLabel(label)
                        .setRulesetVersion("t").build())
                .setCategories(categories.stream().map(c -> new CategoryTag(c, List.of())).toList())
                .setEntities(entities).build();
    }
}
