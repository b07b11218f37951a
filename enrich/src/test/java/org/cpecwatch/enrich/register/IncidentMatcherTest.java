package org.cpecwatch.enrich.register;

import static org.cpecwatch.enrich.register.SeedMentions.BLA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import org.cpecwatch.schemas.avro.Incident;
import org.cpecwatch.schemas.avro.IncidentMention;
import org.cpecwatch.schemas.avro.IncidentReport;
import org.junit.jupiter.api.Test;

class IncidentMatcherTest {

    @Test
    void shouldMatchTheAirportSuicideBombingWithTheOctoberBombing() {
        OptionalInt strength = IncidentMatcher.strength(SeedMentions.airportSuicideBombing(),
                incidentOf(SeedMentions.airportOctoberBombing()));

        assertEquals(OptionalInt.of(IncidentMatcher.CITY_DATE_AND_FACT), strength, "same month, same site");
    }

    @Test
    void shouldNotMatchAnUndatedAttackAtOneSiteWithAnotherSiteOfTheSameCityByItsPerpetrator() {
        IncidentMention undated = IncidentMention.newBuilder(SeedMentions.airportSuicideBombing()).setDate(null)
                .setDatePrecision(null).build();
        assertEquals(OptionalInt.empty(), IncidentMatcher.strength(undated,
                incidentOf(SeedMentions.karachiUniversityJuly())), "both told as BLA suicide attacks in Karachi");
    }

    @Test
    void shouldMatchTheUndatedAirportReportByItsDeathToll() {
        assertEquals(OptionalInt.of(IncidentMatcher.CITY_AND_FACT), IncidentMatcher.strength(
                SeedMentions.airportUndated(), incidentOf(SeedMentions.airportOctoberBombing())));
        assertEquals(OptionalInt.of(IncidentMatcher.CITY_AND_FACT), IncidentMatcher.strength(
                SeedMentions.airportOctoberBombing(), incidentOf(SeedMentions.airportUndated())), "either way round");
    }

    @Test
    void shouldMatchTheJulyMentionOfKarachiUniversityByItsSiteDespiteTheDate() {
        assertEquals(OptionalInt.of(IncidentMatcher.CITY_AND_SITE), IncidentMatcher.strength(
                SeedMentions.karachiUniversityJuly(), incidentOf(SeedMentions.karachiUniversityApril())));
    }

    @Test
    void shouldNotMatchAnotherKarachiAttackMonthsLater() {
        assertTrue(IncidentMatcher.strength(SeedMentions.karachiDentalPatient(),
                incidentOf(SeedMentions.karachiUniversityApril())).isEmpty());
    }

    @Test
    void shouldNotMatchTheSameSiteMoreThanAYearApart() {
        IncidentMention laterAttack = SeedMentions.site("BOMBING", "Karachi University", "2023-06-01", "DAY").build();

        assertTrue(IncidentMatcher.strength(laterAttack, incidentOf(SeedMentions.karachiUniversityApril())).isEmpty());
    }

    @Test
    void shouldMatchDaysOneDayApartButNotTwo() {
        Incident sixth = incidentOf(SeedMentions.inKarachi("SHOOTING", "2024-10-06", "DAY").build());

        assertEquals(OptionalInt.of(IncidentMatcher.CITY_AND_DATE), IncidentMatcher.strength(
                SeedMentions.inKarachi("SHOOTING", "2024-10-07", "DAY").build(), sixth));
        assertTrue(IncidentMatcher.strength(SeedMentions.inKarachi("SHOOTING", "2024-10-08", "DAY").build(), sixth).isEmpty());
    }

    @Test
    void shouldNotMatchTheSameMonthInAnotherCity() {
        IncidentMention quetta = SeedMentions.airport("BOMBING").setPlace("Quetta").setPlacePrecision("CITY")
                .setCity("Quetta").setProvince("Balochistan").build();

        assertTrue(IncidentMatcher.strength(quetta, incidentOf(SeedMentions.airportOctoberBombing())).isEmpty());
    }

    @Test
    void shouldNotMatchAKidnappingWithABombing() {
        IncidentMention kidnapping = SeedMentions.airport("KIDNAPPING").setKilled(2).build();

        assertTrue(IncidentMatcher.strength(kidnapping, incidentOf(SeedMentions.airportOctoberBombing())).isEmpty());
    }

    @Test
    void shouldNotMatchAnUndatedMentionWithoutASecondFact() {
        IncidentMention undated = SeedMentions.inKarachi("BOMBING", null, null).build();

        assertTrue(IncidentMatcher.strength(undated, incidentOf(SeedMentions.airportOctoberBombing())).isEmpty());
    }

    @Test
    void shouldMatchAProvinceOnlyMentionOnlyWithAnAgreeingDateAndASecondFact() {
        IncidentMention inSindh = IncidentMention.newBuilder().setType("ATTACK").setDate("2024-10")
                .setDatePrecision("MONTH").setPlace("Sindh").setPlacePrecision("PROVINCE").setProvince("Sindh").build();
        Incident airport = incidentOf(SeedMentions.airportSuicideBombing());

        assertTrue(IncidentMatcher.strength(inSindh, airport).isEmpty(), "a province and a month are not enough");
        inSindh.setPerpetrator(BLA);
        assertEquals(OptionalInt.of(IncidentMatcher.PROVINCE_DATE_AND_FACT), IncidentMatcher.strength(inSindh, airport));
    }

    @Test
    void shouldNeverMatchAMentionWithoutCityOrProvince() {
        IncidentMention nowhere = IncidentMention.newBuilder().setType("BOMBING").setDate("2024-10")
                .setDatePrecision("MONTH").setKilled(2).setPerpetrator(BLA).build();

        assertTrue(IncidentMatcher.strength(nowhere, incidentOf(SeedMentions.airportSuicideBombing())).isEmpty());
    }

    @Test
    void shouldRequireATypeEveryReportCanShare() {
        Incident convoyBombing = incidentOf(SeedMentions.airport("CONVOY_ATTACK").build(),
                SeedMentions.airport("BOMBING").build());

        assertFalse(IncidentMatcher.strength(SeedMentions.airport("SUICIDE_ATTACK").build(), convoyBombing).isEmpty());
        assertTrue(IncidentMatcher.strength(SeedMentions.airport("SITE_ATTACK").build(), convoyBombing).isEmpty(),
                "a site attack cannot be the convoy attack");
    }

    /** One report per mention, from articles a0, a1, ... */
    static Incident incidentOf(IncidentMention... mentions) {
        List<IncidentReport> reports = new ArrayList<>();
        for (int i = 0; i < mentions.length; i++) {
            reports.add(new IncidentReport("a" + i, mentions[i]));
        }
        Instant at = Instant.parse("2025-01-01T00:00:00Z");
        return IncidentMerger.rebuild("incident", reports, at, at);
    }
}
