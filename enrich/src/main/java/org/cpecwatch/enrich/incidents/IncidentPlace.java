package org.cpecwatch.enrich.incidents;

import java.util.Map;
import java.util.Optional;

import org.cpecwatch.schemas.avro.Entity;
import org.cpecwatch.schemas.avro.Span;

/** A gazetteer place named in the text, with what resolution needs to know of it. */
record IncidentPlace(String name, Precision precision, String city, String province, Double lat, Double lon,
                     Span mention) {

    /** From the most to the least precise; an incident keeps the most precise place its report names. */
    enum Precision { SITE, CITY, PROVINCE }

    private static final Map<String, Precision> BY_TYPE = Map.of("SITE", Precision.SITE, "PROJECT", Precision.SITE,
            "CITY", Precision.CITY, "PROVINCE", Precision.PROVINCE);

    static boolean isPlace(Entity entity) {
        return BY_TYPE.containsKey(entity.getType());
    }

    static IncidentPlace of(Entity entity, Span mention) {
        Precision precision = BY_TYPE.get(entity.getType());
        Map<String, String> attributes = entity.getAttributes();
        // A city is its own city unless the gazetteer places it in a larger one (Malir lies in Karachi).
        String city = attributes.get("city");
        if (city == null && precision == Precision.CITY) {
            city = entity.getName();
        }
        return new IncidentPlace(entity.getName(), precision, city, attributes.get("province"),
                number(attributes.get("lat")).orElse(null), number(attributes.get("lon")).orElse(null), mention);
    }

    private static Optional<Double> number(String text) {
        try {
            return Optional.ofNullable(text).map(Double::valueOf);
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }
}
