package org.cpecwatch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.cpecwatch.testkit.MutableClock;
import org.junit.jupiter.api.Test;

class ProgressMeterTest {

    private record Report(long processed, long total, double rate, Duration eta) {
    }

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final List<Report> reports = new ArrayList<>();
    private final ProgressMeter meter = new ProgressMeter(clock, new IngestListener() {
        @Override
        public void progress(long processed, long total, double filesPerSecond, Duration eta) {
            reports.add(new Report(processed, total, filesPerSecond, eta));
        }
    });

    @Test
    void shouldReportProcessedTotalRateAndTimeLeftAtIntervalsOnABacklog() {
        meter.waiting(10_000);
        meter.settled(2_000);
        clock.advance(Duration.ofSeconds(4));
        meter.waiting(8_000);
        assertTrue(reports.isEmpty(), "nothing before the first interval");

        meter.settled(2_000);
        clock.advance(Duration.ofSeconds(1));
        meter.waiting(6_000);

        assertEquals(List.of(new Report(4_000, 10_000, 800.0, Duration.ofMillis(7_500))), reports);
    }

    @Test
    void shouldSayOnceWhenTheBacklogIsGoneAndThenStayQuiet() {
        meter.waiting(500);
        clock.advance(Duration.ofSeconds(2));
        meter.settled(500);
        meter.waiting(0);
        clock.advance(Duration.ofSeconds(10));
        meter.waiting(0);

        assertEquals(List.of(new Report(500, 500, 250.0, Duration.ZERO)), reports);
    }

    @Test
    void shouldStayQuietForAFewFiles() {
        meter.waiting(ProgressMeter.MIN_BACKLOG - 1);
        clock.advance(Duration.ofSeconds(30));
        meter.settled(ProgressMeter.MIN_BACKLOG - 1);
        meter.waiting(0);

        assertTrue(reports.isEmpty());
    }

    @Test
    void shouldGiveNoTimeLeftBeforeAnythingIsDone() {
        meter.waiting(1_000);
        clock.advance(Duration.ofSeconds(6));
        meter.waiting(1_000);

        assertNull(reports.get(0).eta());
    }
}
