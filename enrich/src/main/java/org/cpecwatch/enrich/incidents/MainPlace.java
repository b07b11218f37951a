package org.cpecwatch.enrich.incidents;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.cpecwatch.schemas.avro.Entity;

/** Where an article is, when it tells no placed incident: the city or site it names most, a province only if nothing else. */
public final class MainPlace {

    private MainPlace() {
    }

    public static Optional<Entity> of(List<Entity> entities) {
        return entities.stream()
                .filter(IncidentPlace::isPlace)
                .max(Comparator.comparing((Entity e) -> !"PROVINCE".equals(e.getType()))
                        .thenComparingInt(e -> e.getMentions().size()));
    }
}
