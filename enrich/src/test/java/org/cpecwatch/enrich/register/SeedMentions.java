package org.cpecwatch.enrich.register;

import java.util.Map;

import org.cpecwatch.schemas.avro.IncidentMention;

/**
 * Incident mentions as the extractor should read them from the seed articles, built by hand: the register's tests
 * must not wait for the extractor, nor change when its reading improves.
 */
public final class SeedMentions {

    public static final String BLA = "Balochistan Liberation Army";
    public static final String AIRPORT = "Jinnah International Airport";

    private SeedMentions() {
    }

    /** Seed 002, undated: "a bombing at the Karachi airport last October that killed two Chinese engineers". */
    public static IncidentMention airportUndated() {
        return airport("BOMBING").setDate(null).setDatePrecision(null).setKilled(2)
                .setKilledByNationality(Map.of("CHINESE", 2)).setBackground(true).build();
    }

    /** Seed 003: "October's car bombing outside the Karachi airport ... the death of two Chinese workers". */
    public static IncidentMention airportOctoberBombing() {
        return airport("BOMBING").setKilled(2).setKilledByNationality(Map.of("CHINESE", 2))
                .setTarget("CHINESE_NATIONALS").build();
    }

    /** Seed 004: "Last month, the BLA carried out a suicide bombing near Karachi's Jinnah International Airport." */
    public static IncidentMention airportSuicideBombing() {
        return airport("SUICIDE_ATTACK").setPerpetrator(BLA).setClaimed(true)
                .setKilledByNationality(Map.of("CHINESE", 1)).build();
    }

    /** Seed 001: "On Tuesday, April 26, 2022, a large explosion occurred in a car near Karachi University". */
    public static IncidentMention karachiUniversityApril() {
        return site("BOMBING", "Karachi University", "2022-04-26", "DAY").setKilled(4)
                .setKilledByNationality(Map.of("CHINESE", 1)).setTarget("CHINESE_NATIONALS").build();
    }

    /** Seed 000: "In July, too, BLA female fighter carried out a suicide attack on Karachi University." */
    public static IncidentMention karachiUniversityJuly() {
        return site("SUICIDE_ATTACK", "Karachi University", "2022-07", "MONTH").setPerpetrator(BLA)
                .setBackground(true).build();
    }

    /** Seed 000: "In October, a Chinese dental patient was attacked in Karachi by an armed man." */
    public static IncidentMention karachiDentalPatient() {
        return IncidentMention.newBuilder().setType("SHOOTING").setDate("2022-10").setDatePrecision("MONTH")
                .setPlace("Karachi").setPlacePrecision("CITY").setCity("Karachi").setProvince("Sindh")
                .setInjuredByNationality(Map.of("CHINESE", 1)).setBackground(true).build();
    }

    /** Seed 004: "beginning in August 2018, when the BLA targeted a convoy of Chinese engineers in Dalbandin". */
    public static IncidentMention dalbandinConvoy() {
        return IncidentMention.newBuilder().setType("CONVOY_ATTACK").setDate("2018-08").setDatePrecision("MONTH")
                .setPlace("Dalbandin").setPlacePrecision("CITY").setCity("Dalbandin").setProvince("Balochistan")
                .setPerpetrator(BLA).setTarget("CHINESE_NATIONALS").setBackground(true).build();
    }

    public static IncidentMention.Builder airport(String type) {
        return site(type, AIRPORT, "2024-10", "MONTH");
    }

    public static IncidentMention.Builder site(String type, String place, String date, String precision) {
        return IncidentMention.newBuilder().setType(type).setDate(date).setDatePrecision(precision)
                .setPlace(place).setPlacePrecision("SITE").setCity("Karachi").setProvince("Sindh");
    }

    public static IncidentMention.Builder inKarachi(String type, String date, String precision) {
        return IncidentMention.newBuilder().setType(type).setDate(date).setDatePrecision(precision)
                .setPlace("Karachi").setPlacePrecision("CITY").setCity("Karachi").setProvince("Sindh");
    }
}
