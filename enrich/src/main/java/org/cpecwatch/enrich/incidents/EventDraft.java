package org.cpecwatch.enrich.incidents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cpecwatch.schemas.avro.DateMention;
import org.cpecwatch.schemas.avro.Span;
import org.cpecwatch.schemas.dates.DatePrecision;

/**
 * An incident as it is being read from one article. The first value found for each field wins, except where a later
 * one says more: the largest stated total of dead or injured, a perpetrator the text says did it over one only named
 * nearby, a finer date or place, a more specific kind.
 */
final class EventDraft {

    IncidentType type;
    DateMention date;
    IncidentPlace place;
    Integer killed;
    Integer injured;
    final Map<String, Integer> killedByNationality = new LinkedHashMap<>();
    final Map<String, Integer> injuredByNationality = new LinkedHashMap<>();
    String perpetrator;
    /** The text says the perpetrator did it ("claimed by"), rather than only naming it nearby. */
    boolean perpetratorStated;
    boolean claimed;
    String target;
    boolean backgroundCue;
    final List<Span> sentences = new ArrayList<>();
    final Map<String, Span> evidence = new LinkedHashMap<>();

    EventDraft(IncidentType type, Span typeEvidence) {
        this.type = type;
        evidence.put("type", typeEvidence);
    }

    Optional<String> city() {
        return Optional.ofNullable(place).map(p -> p.city() != null ? p.city() : p.province());
    }

    /** Whether this and {@code other} can tell one event: compatible kind, place and date. */
    boolean compatibleWith(EventDraft other) {
        if (!type.compatibleWith(other.type)) {
            return false;
        }
        if (city().isPresent() && other.city().isPresent() && !city().equals(other.city())) {
            return false;
        }
        Optional<IncidentDate> mine = span();
        Optional<IncidentDate> theirs = other.span();
        return mine.isEmpty() || theirs.isEmpty() || mine.get().compatibleWith(theirs.get());
    }

    /** Takes from {@code other} what this draft lacks, and the more specific kind, place and date. */
    void absorb(EventDraft other) {
        // An attack on a convoy stays one, whatever a later "the bombing" calls it.
        if (type != IncidentType.CONVOY_ATTACK && type != IncidentType.SITE_ATTACK
                && other.type.moreSpecific(type) != type) {
            type = other.type;
            evidence.put("type", other.evidence.get("type"));
        }
        if (date == null || date.getValue() == null
                || other.date != null && other.date.getValue() != null && finer(other.date, date)) {
            take("date", other);
            date = other.date != null ? other.date : date;
        }
        if (place == null || other.place != null && other.place.precision().compareTo(place.precision()) < 0) {
            take("place", other);
            place = other.place != null ? other.place : place;
        }
        if (other.killed != null) {
            count("killed", other.killed, other.evidence.get("killed"));
        }
        if (other.injured != null) {
            count("injured", other.injured, other.evidence.get("injured"));
        }
        other.killedByNationality.forEach((n, c) -> killedByNationality.merge(n, c, Math::max));
        other.injuredByNationality.forEach((n, c) -> injuredByNationality.merge(n, c, Math::max));
        if (other.perpetrator != null) {
            perpetrator(other.perpetrator, other.evidence.get("perpetrator"), other.perpetratorStated);
        }
        claimed |= other.claimed;
        if (target == null && other.target != null) {
            target = other.target;
            take("target", other);
        }
        backgroundCue |= other.backgroundCue;
        sentences.addAll(other.sentences);
    }

    /** A group named near the event; one the text says did it replaces one only named nearby. */
    void perpetrator(String group, Span where, boolean stated) {
        if (perpetrator != null && (perpetratorStated || !stated)) {
            return;
        }
        perpetrator = group;
        perpetratorStated = stated;
        if (where != null) {
            evidence.put("perpetrator", where);
        }
    }

    /** Keeps the larger of two totals for a harm, with the words it was read from (see {@link CountsInto}). */
    void count(String harm, int total, Span where) {
        Integer current = harm.equals("killed") ? killed : injured;
        if (current != null && current >= total) {
            return;
        }
        if (harm.equals("killed")) {
            killed = total;
        } else {
            injured = total;
        }
        if (where != null) {
            evidence.put(harm, where);
        }
    }

    private void take(String field, EventDraft other) {
        Span span = other.evidence.get(field);
        if (span != null) {
            evidence.put(field, span);
        }
    }

    private static boolean finer(DateMention a, DateMention b) {
        return rank(a.getPrecision()) < rank(b.getPrecision());
    }

    private static int rank(String precision) {
        return DatePrecision.named(precision).map(Enum::ordinal).orElse(DatePrecision.values().length);
    }

    private Optional<IncidentDate> span() {
        return date == null ? Optional.empty() : IncidentDate.of(date.getValue(), date.getPrecision());
    }

    /** The first day the event's date may mean. */
    Optional<LocalDate> day() {
        return span().map(IncidentDate::start);
    }
}
