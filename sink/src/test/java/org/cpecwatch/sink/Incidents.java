package org.cpecwatch.sink;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.cpecwatch.schemas.avro.Incident;
import org.cpecwatch.schemas.avro.IncidentMention;
import org.cpecwatch.schemas.avro.IncidentReport;

/**
 * Incident register records for sink tests: the Karachi airport bombing, reported by the articles given. Nationalities
 * are named as enrich names them ("Chinese").
 */
public final class Incidents {

    private static final Instant FIRST_REPORTED = Instant.parse("2024-10-06T21:00:00Z");

    private Incidents() {
    }

    public static Incident karachiAirport(String id, List<String> articleIds) {
        return Incident.newBuilder()
                .setId(id).setType("BOMBING").setDate("2024-10-06").setDatePrecision("DAY")
                .setPlace("Jinnah International Airport").setPlacePrecision("SITE").setCity("Karachi")
                .setProvince("Sindh").setLat(24.9065).setLon(67.1608)
                .setKilled(2).setInjured(10).setKilledByNationality(Map.of("Chinese", 2))
                .setPerpetrator("BLA").setClaimed(true).setTarget("CHINESE_NATIONALS")
                .setReportCount(articleIds.size()).setArticleIds(articleIds)
                .setReports(articleIds.stream().map(a -> new IncidentReport(a, mention())).toList())
                .setFirstReportedAt(FIRST_REPORTED).setUpdatedAt(FIRST_REPORTED)
                .build();
    }

    /** The same incident after more reports came in and changed its best values. */
    public static Incident karachiAirportLater(String id, List<String> articleIds) {
        Incident later = karachiAirport(id, articleIds);
        later.setKilled(3);
        later.setInjured(17);
        later.setKilledByNationality(Map.of("Chinese", 2, "Pakistani", 1));
        later.setPerpetrator("TTP");
        later.setClaimed(false);
        later.setUpdatedAt(FIRST_REPORTED.plusSeconds(3_600));
        return later;
    }

    /** An incident elsewhere and earlier, told only as background, at month precision. */
    public static Incident dasuBus(String id, List<String> articleIds) {
        Incident dasu = karachiAirport(id, articleIds);
        dasu.setType("SUICIDE_ATTACK");
        dasu.setDate("2021-07");
        dasu.setDatePrecision("MONTH");
        dasu.setPlace("Dasu");
        dasu.setPlacePrecision("CITY");
        dasu.setCity("Dasu");
        dasu.setProvince("Khyber Pakhtunkhwa");
        dasu.setKilled(13);
        dasu.setKilledByNationality(Map.of("Chinese", 9));
        dasu.setInjured(null);
        dasu.setPerpetrator(null);
        dasu.setClaimed(false);
        dasu.setBackground(true);
        return dasu;
    }

    private static IncidentMention mention() {
        return IncidentMention.newBuilder().setType("BOMBING").setDate("2024-10-06").setDatePrecision("DAY")
                .setPlace("Jinnah International Airport").setProvince("Sindh").setKilled(2).setInjured(10)
                .setPerpetrator("BLA").build();
    }
}
