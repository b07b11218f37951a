package org.cpecwatch.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.cpecwatch.schemas.avro.Incident;
import org.junit.jupiter.api.Test;

class ProgressLinesTest {

    @Test
    void shouldPrintIngestProgressAsOneShortLine() {
        assertEquals("ingest: 4,200/10,000 files, 1,850 files/s, about 3 s left",
                ProgressLines.ingestProgress(4_200, 10_000, 1_850.4, Duration.ofMillis(3_135)));
        assertEquals("ingest: 100/90,100 files, 20 files/s, about 75 min left",
                ProgressLines.ingestProgress(100, 90_100, 20, Duration.ofSeconds(4_500)));
        assertEquals("ingest: 0/500 files, 0 files/s, time left unknown", ProgressLines.ingestProgress(0, 500, 0, null));
        assertEquals("ingest: 500/500 files, 250 files/s, done", ProgressLines.ingestProgress(500, 500, 250, Duration.ZERO));
    }

    @Test
    void shouldPrintOneLinePerIncidentStoredOrRemoved() {
        StringWriter out = new StringWriter();
        ProgressLines lines = new ProgressLines(new PrintWriter(out));
        Instant at = Instant.parse("2024-10-06T21:00:00Z");

        lines.incidentStored(Incident.newBuilder().setId("0123456789abcdef").setType("BOMBING").setDate("2024-10-06")
                .setPlace("Karachi airport").setReportCount(3).setArticleIds(List.of()).setFirstReportedAt(at)
                .setUpdatedAt(at).build());
        lines.incidentRemoved("fedcba9876543210");

        assertEquals(List.of("incident  0123456789ab  BOMBING  2024-10-06  Karachi airport  3 report(s)",
                "incident  fedcba987654  removed"), out.toString().lines().toList());
    }
}
