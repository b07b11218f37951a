package org.cpecwatch.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.cpecwatch.schemas.avro.Incident;
import org.cpecwatch.schemas.avro.IncidentConflict;
import org.cpecwatch.schemas.avro.IncidentMention;
import org.cpecwatch.schemas.avro.IncidentReport;
import org.cpecwatch.sink.db.Database;
import org.cpecwatch.sink.query.IncidentFilter;
import org.cpecwatch.sink.query.IncidentQueries;
import org.cpecwatch.sink.query.IncidentSummary;
import org.cpecwatch.sink.query.SummaryJson;
import org.cpecwatch.sink.store.ArticleStore;
import org.cpecwatch.sink.store.IncidentChange;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncidentsCommandTest {

    private static final String AIRPORT = "a1b2c3d4e5f6a7b8c9d0";

    @TempDir
    Path dir;

    private String db;

    @BeforeEach
    void storeRegister() throws SQLException {
        db = dir.resolve("register.db").toString();
        Incident airport = incident(AIRPORT, "BOMBING", "2024-10-06", "DAY", "Karachi airport", "Sindh", List.of("k1", "k2"));
        airport.setPerpetrator("BLA");
        airport.setClaimed(true);
        airport.setKilledByNationality(Map.of("Chinese", 2));
        airport.setLat(24.9065);
        airport.setLon(67.1608);
        airport.setConflicts(List.of(new IncidentConflict("killed", "3", List.of("k2"))));
        Incident dasu = incident("dasu", "SUICIDE_ATTACK", "2021-07", "MONTH", "Dasu", "Khyber Pakhtunkhwa", List.of("d1"));
        dasu.setBackground(true);
        try (ArticleStore store = ArticleStore.open(Database.of(db), Clock.systemUTC())) {
            store.store(List.of(), List.of(IncidentChange.stored(airport), IncidentChange.stored(dasu)), "test", Map.of());
        }
    }

    @Test
    void shouldShowTheRegisterAsATableWithPrecisionClaimAndBackground() {
        CliRunner.Result result = CliRunner.run("incidents", "--db", db);

        assertEquals(0, result.exitCode(), result.err());
        List<String> lines = result.out().lines().toList();
        assertEquals(3, lines.size(), result.out());
        assertTrue(lines.get(0).matches("ID +TYPE +DATE +PLACE +PROVINCE +KILLED +INJURED +CHINESE K/I +PERPETRATOR"
                + " +REPORTS +CONFLICTS +BACKGROUND"), lines.get(0));
        assertTrue(lines.get(1).matches(AIRPORT.substring(0, 12) + " +BOMBING +2024-10-06 +Karachi airport +Sindh +2 +10"
                + " +2/- +BLA \\(claimed\\) +2 +1 *"), lines.get(1));
        assertTrue(lines.get(2).matches("dasu +SUICIDE_ATTACK +2021-07 \\(month\\) +Dasu +Khyber Pakhtunkhwa +2 +10 +1 +yes"),
                lines.get(2));
    }

    @Test
    void shouldFindAProvinceByAnyNameTheGazetteerKnows() throws Exception {
        CliRunner.Result result = CliRunner.run("incidents", "--db", db, "--province", "KPK", "--format", "json");

        assertEquals(0, result.exitCode(), result.err());
        List<String> lines = result.out().lines().toList();
        assertEquals(1, lines.size(), result.out());
        assertEquals("Khyber Pakhtunkhwa", new ObjectMapper().readTree(lines.get(0)).get("province").asText());
    }

    @Test
    void shouldPrintTheRowsTheWebApiServesAsJson() throws Exception {
        CliRunner.Result result = CliRunner.run("incidents", "--db", db, "--province", "sindh", "--format", "json");

        assertEquals(0, result.exitCode(), result.err());
        List<String> lines = result.out().lines().toList();
        assertEquals(1, lines.size(), result.out());
        JsonNode airport = new ObjectMapper().readTree(lines.get(0));
        try (ArticleStore store = ArticleStore.open(Database.of(db), Clock.systemUTC())) {
            IncidentSummary row = new IncidentQueries(store.connection()).find(new IncidentFilter(null, "sindh", null)).get(0);
            assertEquals(SummaryJson.incident(row), airport, "field for field what SummaryJson gives the web API");
        }
        assertEquals(24.9065, airport.get("lat").asDouble());
        assertEquals(2, airport.get("chineseKilled").asInt());
        assertTrue(airport.get("chineseInjured").isNull());
        assertEquals(1, airport.get("conflicts").asInt());
    }

    @Test
    void shouldPrintTheFullRecordOfEachIncidentWithFull() throws IOException {
        CliRunner.Result result = CliRunner.run("incidents", "--db", db, "--province", "sindh", "--format", "json", "--full");

        assertEquals(0, result.exitCode(), result.err());
        List<String> lines = result.out().lines().toList();
        assertEquals(1, lines.size(), result.out());
        JsonNode airport = new ObjectMapper().readTree(lines.get(0));
        assertEquals(AIRPORT, airport.get("id").asText());
        assertEquals("k2", airport.at("/reports/1/articleId").asText());
        assertEquals(2, airport.at("/killedByNationality/Chinese").asInt());
    }

    @Test
    void shouldFilterByDateRangeAndTypeAndRefuseFullWithoutJson() {
        assertEquals(List.of("dasu"), CliRunner.run("incidents", "--db", db, "--until", "2024-01-01", "--format", "csv")
                .out().lines().skip(1).map(l -> l.split(",")[8]).toList());
        assertEquals(List.of(AIRPORT), CliRunner.run("incidents", "--db", db, "--type", "bombing", "--format", "csv")
                .out().lines().skip(1).map(l -> l.split(",")[8]).toList());

        CliRunner.Result full = CliRunner.run("incidents", "--db", db, "--full");
        assertEquals("cpecwatch: --full prints JSON records; use it with --format json", full.err().strip());
        CliRunner.Result backwards = CliRunner.run("incidents", "--db", db, "--since", "2024-02-01", "--until", "2024-01-01");
        assertEquals("cpecwatch: --since 2024-02-01 is after --until 2024-01-01", backwards.err().strip());
    }

    @Test
    void shouldKeepTheCsvColumnsAndAppendTheNewOnes() {
        CliRunner.Result result = CliRunner.run("incidents", "--db", db, "--since", "2024-01-01", "--format", "csv");

        List<String> lines = result.out().lines().toList();
        assertEquals("date,type,place,province,killed,injured,perpetrator,reports,id,date_precision,claimed,background,"
                + "lat,lon,chinese_killed,chinese_injured,conflicts", lines.get(0));
        assertEquals("2024-10-06,BOMBING,\"Karachi airport\",Sindh,2,10,BLA,2," + AIRPORT + ",DAY,true,false,"
                + "24.9065,67.1608,2,,1", lines.get(1));
        assertEquals(2, lines.size(), result.out());
    }

    private static Incident incident(String id, String type, String date, String precision, String place,
                                     String province, List<String> articleIds) {
        Instant at = Instant.parse("2026-01-01T00:00:00Z");
        IncidentMention mention = IncidentMention.newBuilder().setType(type).setPlace(place).build();
        return Incident.newBuilder().setId(id).setType(type).setDate(date).setDatePrecision(precision).setPlace(place)
                .setProvince(province).setKilled(2).setInjured(10).setReportCount(articleIds.size())
                .setArticleIds(articleIds).setReports(articleIds.stream().map(a -> new IncidentReport(a, mention)).toList())
                .setFirstReportedAt(at).setUpdatedAt(at).build();
    }
}
