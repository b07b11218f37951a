package org.cpecwatch.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

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
}
