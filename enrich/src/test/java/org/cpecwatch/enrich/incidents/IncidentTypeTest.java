package org.cpecwatch.enrich.incidents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IncidentTypeTest {

    @Test
    void shouldTreatASuicideBombingAndABombingAsOneKindButNotAKidnapping() {
        assertTrue(IncidentType.SUICIDE_ATTACK.compatibleWith(IncidentType.BOMBING));
        assertTrue(IncidentType.ATTACK.compatibleWith(IncidentType.SHOOTING));
        assertFalse(IncidentType.BOMBING.compatibleWith(IncidentType.SHOOTING));
        assertFalse(IncidentType.KIDNAPPING.compatibleWith(IncidentType.ATTACK));
        assertEquals(IncidentType.SUICIDE_ATTACK, IncidentType.ATTACK.moreSpecific(IncidentType.SUICIDE_ATTACK));
    }

    @Test
    void shouldCompareDatesAtTheirPrecision() {
        assertTrue(DateOverlap.compatible("2024-10", "2024-10-06"));
        assertTrue(DateOverlap.compatible("2024-10-06", "2024-10-07"));
        assertFalse(DateOverlap.compatible("2024-10-06", "2024-10-09"));
        assertFalse(DateOverlap.compatible("2022-07", "2022-04-26"));
    }
}
