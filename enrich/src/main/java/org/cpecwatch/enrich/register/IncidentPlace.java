package org.cpecwatch.enrich.register;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.cpecwatch.schemas.avro.Incident;
import org.cpecwatch.schemas.avro.IncidentMention;

/**
 * Where a mention or an incident lies as resolution compares it: its city (or district) and its province, in lower
 * case. A site is too fine to compare (two articles name the same airport differently); a province too coarse alone.
 */
record IncidentPlace(String city, String province) {

    enum Agreement { CONFLICT, SAME_CITY, SAME_PROVINCE, UNKNOWN }

    static final List<String> PRECISIONS = List.of("SITE", "CITY", "DISTRICT", "DIVISION", "PROVINCE");
    private static final Set<String> CITY_LIKE = Set.of("CITY", "DISTRICT");

    static IncidentPlace of(IncidentMention m) {
        return new IncidentPlace(cityOf(m.getCity(), m.getPlace(), m.getPlacePrecision()), Names.normal(m.getProvince()));
    }

    static IncidentPlace of(Incident i) {
        return new IncidentPlace(cityOf(i.getCity(), i.getPlace(), i.getPlacePrecision()), Names.normal(i.getProvince()));
    }

    /** 0 for a site, up to 4 for a province, 5 when unknown: the lower, the more precise. */
    static int precisionRank(String placePrecision) {
        int rank = placePrecision == null ? -1 : PRECISIONS.indexOf(placePrecision.strip().toUpperCase(Locale.ROOT));
        return rank < 0 ? PRECISIONS.size() : rank;
    }

    Agreement compare(IncidentPlace other) {
        if (province != null && other.province != null && !province.equals(other.province)) {
            return Agreement.CONFLICT;
        }
        if (city != null && other.city != null) {
            return city.equals(other.city) ? Agreement.SAME_CITY : Agreement.CONFLICT;
        }
        return province != null && other.province != null ? Agreement.SAME_PROVINCE : Agreement.UNKNOWN;
    }

    /** The register's index keys: a mention looks up its own keys and finds every incident it could join. */
    List<String> indexKeys() {
        List<String> keys = new ArrayList<>(2);
        if (city != null) {
            keys.add("city:" + city);
        }
        if (province != null) {
            keys.add("province:" + province);
        }
        return keys;
    }

    /** The extractor may leave city empty when the place itself is the city. */
    private static String cityOf(String city, String place, String placePrecision) {
        if (Names.normal(city) != null) {
            return Names.normal(city);
        }
        boolean placeIsCity = placePrecision != null && CITY_LIKE.contains(placePrecision.strip().toUpperCase(Locale.ROOT));
        return placeIsCity ? Names.normal(place) : null;
    }
}
