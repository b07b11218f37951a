package org.cpecwatch.enrich.register;

import java.util.ArrayList;
import java.util.List;

import org.cpecwatch.enrich.incidents.PlacePrecision;
import org.cpecwatch.schemas.avro.Incident;
import org.cpecwatch.schemas.avro.IncidentMention;

/**
 * Where a mention or an incident lies as resolution compares it: its city (or district) and its province, in lower
 * case. This is not the extractor's {@code IncidentPlace}: that one is a gazetteer place found in one text, with its
 * coordinates and the words that named it; this one is the key records from many articles meet under, so it keeps
 * only names, normalised. A site is too fine to compare (two articles name the same airport differently); a province
 * too coarse alone.
 */
record PlaceKey(String city, String province) {

    enum Agreement { CONFLICT, SAME_CITY, SAME_PROVINCE, UNKNOWN }

    static PlaceKey of(IncidentMention m) {
        return new PlaceKey(cityOf(m.getCity(), m.getPlace(), m.getPlacePrecision()), Names.normal(m.getProvince()));
    }

    static PlaceKey of(Incident i) {
        return new PlaceKey(cityOf(i.getCity(), i.getPlace(), i.getPlacePrecision()), Names.normal(i.getProvince()));
    }

    /** 0 for a site, up to 4 for a province, 5 when unknown: the lower, the more precise. */
    static int precisionRank(String placePrecision) {
        return PlacePrecision.named(placePrecision).map(Enum::ordinal).orElse(PlacePrecision.values().length);
    }

    Agreement compare(PlaceKey other) {
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
        return Names.normal(PlacePrecision.cityOf(Names.normal(city), place,
                PlacePrecision.named(placePrecision).orElse(null)));
    }
}
