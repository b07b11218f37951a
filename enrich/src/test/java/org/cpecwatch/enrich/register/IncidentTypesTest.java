package org.cpecwatch.enrich.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IncidentTypesTest {

    @Test
    void shouldTreatASuicideAttackAsABombingAndABombingAsAnAttack() {
        assertTrue(IncidentTypes.compatible("SUICIDE_ATTACK", "BOMBING"));
        assertTrue(IncidentTypes.compatible("bombing", "ATTACK"));
        assertTrue(IncidentTypes.compatible("ATTACK", "SUICIDE_ATTACK"));
    }

    @Test
    void shouldLetATargetTypeGoWithAnyMeans() {
        assertTrue(IncidentTypes.compatible("CONVOY_ATTACK", "SUICIDE_ATTACK"));
        assertTrue(IncidentTypes.compatible("SHOOTING", "SITE_ATTACK"));
        assertFalse(IncidentTypes.compatible("CONVOY_ATTACK", "SITE_ATTACK"));
    }

    @Test
    void shouldKeepKidnappingsAndThreatsApartFromAttacks() {
        assertFalse(IncidentTypes.compatible("KIDNAPPING", "ATTACK"));
        assertFalse(IncidentTypes.compatible("THREAT_EXTORTION", "KIDNAPPING"));
        assertFalse(IncidentTypes.compatible("BOMBING", "SHOOTING"));
    }

    @Test
    void shouldRankTheMostSpecificTypeHighest() {
        assertEquals(0, IncidentTypes.specificity("ATTACK"));
        assertEquals(1, IncidentTypes.specificity("BOMBING"));
        assertEquals(2, IncidentTypes.specificity("SUICIDE_ATTACK"));
    }
}
