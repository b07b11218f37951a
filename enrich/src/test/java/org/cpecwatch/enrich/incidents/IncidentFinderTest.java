package org.cpecwatch.enrich.incidents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cpecwatch.enrich.ArticleEnricher;
import org.cpecwatch.schemas.avro.EnrichedArticle;
import org.cpecwatch.schemas.avro.IncidentMention;
import org.cpecwatch.schemas.avro.RawArticle;
import org.cpecwatch.schemas.avro.Span;
import org.junit.jupiter.api.Test;

class IncidentFinderTest {

    private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");
    private final ArticleEnricher enricher = new ArticleEnricher(Clock.fixed(NOW, ZoneOffset.UTC));

    private List<IncidentMention> incidents(String text, String published) {
        Map<String, String> metadata = new HashMap<>();
        if (published != null) {
            metadata.put("date_published", published);
        }
        EnrichedArticle out = enricher.enrich(RawArticle.newBuilder().setId("a").setSourceFile("a.txt")
                .setIngestedAt(NOW).setSizeBytes(text.length()).setBody(text).setMetadata(metadata).build());
        for (IncidentMention m : out.getIncidents()) {
            for (Map.Entry<String, Span> e : m.getFieldEvidence().entrySet()) {
                Span span = e.getValue();
                assertEquals(span.getText(), out.getCleanText().substring(span.getStart(), span.getEnd()),
                        "evidence of " + e.getKey() + " points into the clean text");
            }
        }
        return out.getIncidents();
    }

    @Test
    void shouldReadTypeDatePlaceVictimsAndClaimFromAnAttackReport() {
        List<IncidentMention> found = incidents("ISLAMABAD, Oct 07 (APP): The President on Monday condemned the "
                + "suicide bombing near Karachi airport on Sunday night that killed two Chinese engineers and injured "
                + "another. The Balochistan Liberation Army claimed responsibility for the attack.", "2024-10-07");

        assertEquals(1, found.size());
        IncidentMention m = found.get(0);
        assertEquals("SUICIDE_ATTACK", m.getType());
        assertEquals("2024-10-06", m.getDate());
        assertEquals("DAY", m.getDatePrecision());
        assertEquals("Jinnah International Airport", m.getPlace());
        assertEquals("SITE", m.getPlacePrecision());
        assertEquals("Karachi", m.getCity());
        assertEquals("Sindh", m.getProvince());
        assertEquals(24.91, m.getLat(), 0.001);
        assertEquals(2, m.getKilled());
        assertEquals(Map.of("Chinese", 2), m.getKilledByNationality());
        assertEquals(1, m.getInjured());
        assertEquals("Balochistan Liberation Army", m.getPerpetrator());
        assertTrue(m.getClaimed());
        assertEquals("CHINESE_NATIONALS", m.getTarget());
        assertFalse(m.getBackground());
        assertEquals("Sunday night", m.getFieldEvidence().get("date").getText());
        assertEquals("suicide bombing", m.getFieldEvidence().get("type").getText());
    }

    @Test
    void shouldCountVictimsOfANationalityAsAtLeastOneWhenNoNumberIsGiven() {
        IncidentMention m = incidents("On April 26, a bomb exploded near Karachi University. The bomb killed four "
                + "persons, including Chinese nationals.", "2022-06-13").get(0);

        assertEquals(4, m.getKilled());
        assertEquals(Map.of("Chinese", 1), m.getKilledByNationality());
        assertEquals("2022-04-26", m.getDate());
        assertEquals("Karachi University", m.getPlace());
    }

    @Test
    void shouldReadDozensAsTwelveAndLeaveSeveralUnknown() {
        assertEquals(12, incidents("A blast in Quetta injured dozens of people on Friday.", "2024-03-02").get(0)
                .getInjured());
        assertNull(incidents("A blast in Quetta killed several people on Friday.", "2024-03-02").get(0).getKilled());
    }

    @Test
    void shouldMarkAnAttackYearsBeforeTheArticleAsBackgroundAndKeepItsOwnPlace() {
        List<IncidentMention> found = incidents("Last month, the BLA carried out a suicide bombing near Karachi's "
                + "Jinnah International Airport. The Karachi bombing was the latest in a string of attacks, beginning "
                + "in August 2018, when the BLA targeted a convoy of Chinese engineers in Dalbandin.", "2024-11-12");

        assertEquals(2, found.size());
        IncidentMention news = found.get(0);
        IncidentMention history = found.get(1);
        assertEquals("Jinnah International Airport", news.getPlace());
        assertEquals("2024-10", news.getDate());
        assertFalse(news.getBackground());
        assertEquals("CONVOY_ATTACK", history.getType());
        assertEquals("Dalbandin", history.getPlace());
        assertEquals("2018-08", history.getDate());
        assertEquals("CONVOY", history.getTarget());
        assertTrue(history.getBackground());
    }

    @Test
    void shouldNotTakeTrendsPossibilitiesOrOtherMeaningsForIncidents() {
        assertTrue(incidents("Beijing has been frustrated by a string of attacks on Chinese nationals in Karachi.",
                "2025-01-01").isEmpty());
        assertTrue(incidents("The new unit will help prevent attacks on Chinese engineers in Gwadar.", "2025-01-01")
                .isEmpty());
        assertTrue(incidents("The minister in Lahore suffered a heart attack on Monday.", "2025-01-01").isEmpty());
    }

    @Test
    void shouldTakeTheDatelineCityWhenTheReportNamesNoPlaceButNotTheDatelineDate() {
        IncidentMention m = incidents("KARACHI, Nov 05 (APP): Two Chinese nationals were injured this morning when a "
                + "guard opened fire after a dispute.", "2024-11-05").get(0);

        assertEquals("SHOOTING", m.getType());
        assertEquals("Karachi", m.getPlace());
        assertEquals("KARACHI", m.getFieldEvidence().get("place").getText());
        assertEquals(2, m.getInjured());
        assertEquals("2024-11-05", m.getDate());
    }

    @Test
    void shouldNotPlaceAnEventWhereSomeoneTravelledTo() {
        List<IncidentMention> found = incidents("Officials investigating the bombing near Karachi airport said it "
                + "came a week before the premier's visit to Islamabad.", "2024-11-01");

        assertEquals(1, found.size());
        assertEquals("Karachi", found.get(0).getCity());
    }

    @Test
    void shouldTakeTheGroupTheAttackWasClaimedByOverOneOnlyNamedNearby() {
        IncidentMention m = only("Two Chinese engineers were killed in a bombing in Karachi on Sunday. The TTP denied "
                + "any role, and the attack was claimed by the Balochistan Liberation Army.", "2024-10-08");
        assertEquals("Balochistan Liberation Army", m.getPerpetrator());
        assertEquals("Balochistan Liberation Army", m.getFieldEvidence().get("perpetrator").getText());
        assertTrue(m.getClaimed());
    }

    @Test
    void shouldTakeThePerpetratorFromTheNextSentenceByAnAliasOfTheGroup() {
        IncidentMention m = only("A suicide bomber killed two Chinese nationals in Karachi on Sunday. Officials "
                + "blamed it on the Baloch Liberation Army.", "2024-10-08");
        assertEquals("Balochistan Liberation Army", m.getPerpetrator());
        IncidentMention attributed = only("A bomb killed two Chinese nationals in Quetta on Sunday. Police said "
                + "the killing was attributed to the TTP.", "2024-10-08");
        assertEquals("Tehreek-e-Taliban Pakistan", attributed.getPerpetrator());
    }

    @Test
    void shouldTakeTheGroupNamedLastForTheGroupThatWasResponsible() {
        List<IncidentMention> found = incidents("In November, the BLA claimed responsibility for a suicide bombing "
                + "that killed at least 26 people at the Quetta railway station. Moreover, the insurgent group was "
                + "also responsible for an October attack outside the Karachi airport that killed two Chinese "
                + "workers.", "2024-12-30");
        IncidentMention airport = found.stream().filter(m -> "Karachi".equals(m.getCity())).findFirst().orElseThrow();
        assertEquals("Balochistan Liberation Army", airport.getPerpetrator());
        assertEquals(2, airport.getKilled());
    }

    @Test
    void shouldDateAnEventByAnAbbreviatedMonth() {
        assertEquals("2024-11-14", only("The attack on Nov. 14 killed two Chinese engineers in Karachi.",
                "2024-11-20").getDate());
        assertEquals("2024-09-03", only("Gunmen opened fire on Sept. 3 in Quetta, killing a Chinese national.",
                "2024-09-20").getDate());
        assertEquals("2024-10-07", only("The blast on Oct 7 in Karachi killed two Chinese nationals.",
                "2024-10-20").getDate());
    }

    private IncidentMention only(String text, String published) {
        List<IncidentMention> found = incidents(text, published);
        assertEquals(1, found.size(), () -> text + ": " + found);
        return found.get(0);
    }
}
