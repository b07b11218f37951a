package org.cpecwatch.enrich.incidents;

import org.cpecwatch.enrich.incidents.Casualties.Count;
import org.cpecwatch.enrich.incidents.Casualties.Harm;
import org.cpecwatch.schemas.avro.Span;

/**
 * Adds a count read from the text to an event. The largest total for each harm stands: the labels, like ACLED, want
 * the total the text states, and a story gives part of it ("two Chinese engineers") more often than a smaller total
 * after a larger one. Shares by nationality keep their largest figure too.
 */
final class CountsInto {

    private CountsInto() {
    }

    static void draft(EventDraft draft, Count count, Span evidence) {
        boolean killed = count.harm() == Harm.KILLED;
        count.total().ifPresent(total -> draft.count(killed ? "killed" : "injured", total, evidence));
        count.byNationality().forEach((nationality, n) ->
                (killed ? draft.killedByNationality : draft.injuredByNationality).merge(nationality, n, Math::max));
    }
}
