package org.cpecwatch.enrich.incidents;

import java.util.Map;
import java.util.Optional;

import org.cpecwatch.schemas.avro.Entity;
import org.cpecwatch.schemas.avro.Span;

/** A gazetteer place named in the text, with what resolution needs to know of it. */
record IncidentPlace(String name, PlacePrecision precision, String city, String province, Double lat, Double lon,
                     Span mention) {

    static boolean isPlace(Entity entity) {
        return PlacePrecision.ofGazetteerType(entity.getType()).isPresent();
    }

    static IncidentPlace of(Entity entity, Span mention) {
        PlacePrecision precision = PlacePrecision.ofGazetteerType(entity.getType()).orElseThrow();
        Map<String, String> attributes = entity.getAttributes();
        return new IncidentPlace(entity.getName(), precision,
                PlacePrecision.cityOf(attributes.get("city"), entity.getName(), precision), attributes.get("province"),
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
