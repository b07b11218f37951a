package org.cpecwatch.enrich.incidents;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.cpecwatch.schemas.avro.IncidentMention;

/**
 * The incident an article is about: news before background, harm to Chinese nationals first, then the one it tells
 * first (a story leads with its subject).
 */
public final class MainIncident {

    private MainIncident() {
    }

    public static Optional<IncidentMention> of(List<IncidentMention> incidents) {
        return incidents.stream().min(Comparator
                .comparing(IncidentMention::getBackground)
                .thenComparing(m -> !"CHINESE_NATIONALS".equals(m.getTarget()))
                .thenComparing(m -> m.getEvidence().isEmpty() ? Integer.MAX_VALUE : m.getEvidence().get(0).getStart()));
    }
}
