package org.cpecwatch.sink.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The row shapes scripts and the page read: the names, their order and explicit nulls are the contract. */
class SummaryJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldWriteAnArticleRowWithEveryFieldNamedAndNullsKept() throws Exception {
        ArticleSummary a = new ArticleSummary("abc", "2024-10-07", "RELEVANT", 0.9, null, List.of("ATTACK"), null,
                "https://example.org/a", "a.txt", "2026-01-01T00:00:00.000Z");

        assertEquals(JSON.readTree("""
                {"id":"abc","date":"2024-10-07","label":"RELEVANT","score":0.9,"title":null,"categories":["ATTACK"],
                 "source":null,"url":"https://example.org/a","originalFile":"a.txt",
                 "ingestedAt":"2026-01-01T00:00:00.000Z"}"""), SummaryJson.article(a));
    }

    @Test
    void shouldWriteAnIncidentRowWithLocationChineseShareAndConflicts() throws Exception {
        IncidentSummary i = new IncidentSummary("airport", "BOMBING", "2024-10-06", "DAY", "Jinnah International Airport",
                "Sindh", 2, null, "BLA", true, 3, false, 24.9065, 67.1608, 2, null, 1);

        assertEquals(List.of("id", "type", "date", "datePrecision", "place", "province", "lat", "lon", "killed",
                "injured", "chineseKilled", "chineseInjured", "perpetrator", "claimed", "reports", "conflicts",
                "background"), List.copyOf(iterable(SummaryJson.incident(i).fieldNames())));
        assertEquals(JSON.readTree("""
                {"id":"airport","type":"BOMBING","date":"2024-10-06","datePrecision":"DAY",
                 "place":"Jinnah International Airport","province":"Sindh","lat":24.9065,"lon":67.1608,"killed":2,
                 "injured":null,"chineseKilled":2,"chineseInjured":null,"perpetrator":"BLA","claimed":true,"reports":3,
                 "conflicts":1,"background":false}"""), SummaryJson.incident(i));
    }

    @Test
    void shouldWriteAWeekRow() throws Exception {
        assertEquals("{\"province\":\"Sindh\",\"weekStart\":\"2024-09-30\",\"relevantArticles\":6,\"incidents\":2}",
                SummaryJson.week(new ProvinceWeekRow("Sindh", "2024-09-30", 6, 2)).toString());
    }

    private static List<String> iterable(java.util.Iterator<String> names) {
        List<String> all = new java.util.ArrayList<>();
        names.forEachRemaining(all::add);
        return all;
    }
}
