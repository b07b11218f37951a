package org.cpecwatch.enrich.incidents;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;

import org.cpecwatch.schemas.avro.IncidentMention;

/** An event read from an article, as the record that travels on the enriched topic. */
final class MentionRecord {

    private MentionRecord() {
    }

    static IncidentMention of(EventDraft e, boolean background) {
        IncidentPlace place = e.place;
        return IncidentMention.newBuilder()
                .setType(e.type.name())
                .setDate(e.date == null ? null : e.date.getValue())
                .setDatePrecision(e.date == null || e.date.getValue() == null ? null : e.date.getPrecision())
                .setPlace(place == null ? null : place.name())
                .setPlacePrecision(place == null ? null : place.precision().name())
                .setCity(place == null ? null : place.city())
                .setProvince(place == null ? null : place.province())
                .setLat(place == null ? null : place.lat())
                .setLon(place == null ? null : place.lon())
                .setKilled(e.killed)
                .setInjured(e.injured)
                .setKilledByNationality(new HashMap<>(e.killedByNationality))
                .setInjuredByNationality(new HashMap<>(e.injuredByNationality))
                .setPerpetrator(e.perpetrator)
                .setClaimed(e.claimed)
                .setTarget(e.target)
                .setBackground(background)
                .setEvidence(new ArrayList<>(new LinkedHashSet<>(e.sentences)))
                .setFieldEvidence(new HashMap<>(e.evidence))
                .build();
    }
}
