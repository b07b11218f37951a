package org.cpecwatch.sink.store;

import java.util.Objects;

import org.cpecwatch.schemas.avro.Incident;

/**
 * One record of the compacted {@code incidents} topic: the incident as it now stands, or its removal (a tombstone,
 * where {@code incident} is null).
 */
public record IncidentChange(String id, Incident incident) {

    public IncidentChange {
        Objects.requireNonNull(id, "id");
        if (incident != null && !id.equals(incident.getId())) {
            throw new IllegalArgumentException("incident " + incident.getId() + " does not match its key " + id);
        }
    }

    public static IncidentChange stored(Incident incident) {
        return new IncidentChange(incident.getId(), incident);
    }

    public static IncidentChange removed(String id) {
        return new IncidentChange(id, null);
    }

    public boolean isRemoval() {
        return incident == null;
    }
}
