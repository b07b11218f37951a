package org.cpecwatch.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.cpecwatch.schemas.avro.ProvinceWeek;
import org.cpecwatch.sink.db.Database;
import org.cpecwatch.sink.query.ProvinceWeekRow;
import org.cpecwatch.sink.query.SummaryJson;
import org.cpecwatch.sink.store.ArticleStore;
import org.cpecwatch.sink.store.ProvinceWeekChange;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WeeksCommandTest {

    @TempDir
    Path dir;

    private String db;

    @BeforeEach
    void storeWeeks() throws SQLException {
        db = dir.resolve("weeks.db").toString();
        try (ArticleStore store = ArticleStore.open(Database.of(db), Clock.systemUTC())) {
            store.store(List.of(), List.of(), List.of(week("Sindh", "2024-09-30", 3, 1), week("Sindh", "2024-10-07", 5, 2),
                    week("Khyber Pakhtunkhwa", "2024-10-07", 1, 0)), "test", Map.of());
        }
    }

    @Test
    void shouldListTheWeeksOldestFirstAsATable() {
        CliRunner.Result result = CliRunner.run("weeks", "--db", db);

        assertEquals(0, result.exitCode(), result.err());
        List<String> lines = result.out().lines().toList();
        assertTrue(lines.get(0).matches("WEEK +PROVINCE +RELEVANT +INCIDENTS"), lines.get(0));
        assertTrue(lines.get(1).matches("2024-09-30 +Sindh +3 +1"), lines.get(1));
        assertTrue(lines.get(2).matches("2024-10-07 +Khyber Pakhtunkhwa +1 +0"), lines.get(2));
        assertEquals(4, lines.size(), result.out());
    }

    @Test
    void shouldFilterByProvinceAndDateAndPrintTheApiRowsAsJson() throws Exception {
        CliRunner.Result result = CliRunner.run("weeks", "--db", db, "--province", "sindh", "--since", "2024-10-09",
                "--format", "json");

        assertEquals(0, result.exitCode(), result.err());
        assertEquals(List.of(SummaryJson.week(new ProvinceWeekRow("Sindh", "2024-10-07", 5, 2)).toString()),
                result.out().lines().toList());
        assertEquals(2, new ObjectMapper().readTree(result.out()).get("incidents").asInt());
    }

    @Test
    void shouldWriteCsvAndSayWhenThereIsNothingYet() {
        CliRunner.Result csv = CliRunner.run("weeks", "--db", db, "--until", "2024-10-06", "--format", "csv");
        CliRunner.Result none = CliRunner.run("weeks", "--db", db, "--province", "Punjab");

        assertEquals(List.of("week_start,province,relevant_articles,incidents", "2024-09-30,Sindh,3,1"),
                csv.out().lines().toList());
        assertTrue(none.out().contains("(no weekly counts stored yet)"), none.out());
    }

    private static ProvinceWeekChange week(String province, String weekStart, long articles, long incidents) {
        return ProvinceWeekChange.stored(new ProvinceWeek(province, weekStart, articles, incidents));
    }
}
