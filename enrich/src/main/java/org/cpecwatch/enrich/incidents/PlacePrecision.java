package org.cpecwatch.enrich.incidents;

import java.util.Locale;
import java.util.Optional;

/** How precisely a place is named, from the finest to the coarsest: an incident keeps the most precise one. */
public enum PlacePrecision {
    SITE, CITY, DISTRICT, DIVISION, PROVINCE;

    /** The precision of a gazetteer place by its type; a project is a site. Empty for entities that are no place. */
    public static Optional<PlacePrecision> ofGazetteerType(String type) {
        return switch (type == null ? "" : type) {
            case "SITE", "PROJECT" -> Optional.of(SITE);
            case "CITY" -> Optional.of(CITY);
            case "PROVINCE" -> Optional.of(PROVINCE);
            default -> Optional.empty();
        };
    }

    /** A precision as records carry it; empty for a missing or unknown name. */
    public static Optional<PlacePrecision> named(String name) {
        String wanted = name == null ? "" : name.strip().toUpperCase(Locale.ROOT);
        for (PlacePrecision precision : values()) {
            if (precision.name().equals(wanted)) {
                return Optional.of(precision);
            }
        }
        return Optional.empty();
    }

    /**
     * The city a place lies in: the one the gazetteer gives, else the place itself when it is a city (or a district,
     * which resolution treats alike), else none. Malir lies in Karachi; Karachi is its own city.
     */
    public static String cityOf(String city, String place, PlacePrecision precision) {
        if (city != null) {
            return city;
        }
        return precision == CITY || precision == DISTRICT ? place : null;
    }
}
