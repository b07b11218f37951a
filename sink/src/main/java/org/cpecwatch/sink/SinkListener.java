package org.cpecwatch.sink;

import org.cpecwatch.schemas.avro.EnrichedArticle;
import org.cpecwatch.schemas.avro.Incident;
import org.cpecwatch.schemas.avro.ProvinceWeek;

/** What the sink tells its host; every method is optional. */
public interface SinkListener {

    SinkListener NONE = new SinkListener() {
    };

    default void stored(EnrichedArticle article) {
    }

    /** The incident's row and reports now stand as the record says. */
    default void incidentStored(Incident incident) {
    }

    /** A tombstone removed the incident (if the register held it). */
    default void incidentRemoved(String id) {
    }

    /** The province's counts for the week now stand as the record says. */
    default void provinceWeekStored(ProvinceWeek week) {
    }

    /** A tombstone removed the counts of the province and week ({@code province@weekStart}). */
    default void provinceWeekRemoved(String key) {
    }

    default void deadLettered(String topic, int partition, long offset, String reason) {
    }
}
