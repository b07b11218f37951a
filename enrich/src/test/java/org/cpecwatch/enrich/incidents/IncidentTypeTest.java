package org.cpecwatch.enrich.incidents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class IncidentTypeTest {

    @Test
    void shouldTreatASuicideAttackAsABombingAndABombingAsAnAttack() {
        assertTrue(IncidentType.SUICIDE_ATTACK.compatibleWith(IncidentType.BOMBING));
        assertTrue(IncidentType.BOMBING.compatibleWith(IncidentType.ATTACK));
        assertTrue(IncidentType.ATTACK.compatibleWith(IncidentType.SUICIDE_ATTACK));
        assertTrue(IncidentType.ATTACK.compatibleWith(IncidentType.SHOOTING));
    }

    @Test
    void shouldLetATargetTypeGoWithAnyMeans() {
        assertTrue(IncidentType.CONVOY_ATTACK.compatibleWith(IncidentType.SUICIDE_ATTACK));
        assertTrue(IncidentType.SHOOTING.compatibleWith(IncidentType.SITE_ATTACK));
        assertFalse(IncidentType.CONVOY_ATTACK.compatibleWith(IncidentType.SITE_ATTACK));
    }

    @Test
    void shouldLetASuicideSquadBeReportedAsAShooting() {
        assertTrue(IncidentType.SUICIDE_ATTACK.compatibleWith(IncidentType.SHOOTING));
    }

    @Test
    void shouldKeepKidnappingsAndThreatsApartFromAttacks() {
        assertFalse(IncidentType.KIDNAPPING.compatibleWith(IncidentType.ATTACK));
        assertFalse(IncidentType.THREAT_EXTORTION.compatibleWith(IncidentType.KIDNAPPING));
        assertFalse(IncidentType.BOMBING.compatibleWith(IncidentType.SHOOTING));
    }

    @Test
    void shouldRankTheMostSpecificTypeHighest() {
        assertEquals(0, IncidentType.ATTACK.specificity());
        assertEquals(1, IncidentType.BOMBING.specificity());
        assertEquals(2, IncidentType.SUICIDE_ATTACK.specificity());
        assertEquals(IncidentType.SUICIDE_ATTACK, IncidentType.ATTACK.moreSpecific(IncidentType.SUICIDE_ATTACK));
        assertEquals(IncidentType.BOMBING, IncidentType.CONVOY_ATTACK.moreSpecific(IncidentType.BOMBING));
    }

    @Test
    void shouldCompareTheTypesRecordsCarry() {
        assertTrue(IncidentType.compatible("bombing", "ATTACK"));
        assertTrue(IncidentType.compatible(null, "SHOOTING"));
        assertFalse(IncidentType.compatible("ARSON", "ATTACK"));
        assertEquals(Optional.empty(), IncidentType.named("ARSON"));
        assertEquals("ATTACK", IncidentType.normal(null));
    }
}
