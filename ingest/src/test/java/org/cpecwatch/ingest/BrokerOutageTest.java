package org.cpecwatch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class BrokerOutageTest {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void shouldDoubleTheBackoffUpToThirtySecondsAndEndWithTheFirstSuccess() {
        BrokerOutage outage = new BrokerOutage();
        assertFalse(outage.isOngoing());
        assertTrue(outage.mayTry(T0));

        List<Long> backoffs = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            backoffs.add(outage.sendFailed(T0).toSeconds());
        }
        assertEquals(List.of(1L, 2L, 4L, 8L, 16L, 30L, 30L), backoffs);
        assertTrue(outage.isOngoing());
        assertFalse(outage.mayTry(T0.plus(Duration.ofSeconds(29))));
        assertTrue(outage.mayTry(T0.plus(Duration.ofSeconds(30))));

        outage.sendSucceeded();
        assertFalse(outage.isOngoing());
        assertTrue(outage.mayTry(T0));
    }
}
