package org.cpecwatch.enrich.incidents;

import org.cpecwatch.enrich.incidents.Casualties.Count;
import org.cpecwatch.enrich.incidents.Casualties.Harm;
import org.cpecwatch.schemas.avro.Span;

/** Adds a count read from the text to an event: the first total for each harm stands, shares by nationality add up. */
final class CountsInto {

    private CountsInto() {
    }

    static void draft(EventDraft draft, Count count, Span evidence) {
        boolean killed = count.harm() == Harm.KILLED;
        if (count.total().isPresent()) {
            if (killed && draft.killed == null) {
                draft.killed = count.total().get();
                draft.evidence.put("killed", evidence);
            } else if (!killed && draft.injured == null) {
                draft.injured = count.total().get();
                draft.evidence.put("injured", evidence);
            }
        }
        count.byNationality().forEach((nationality, n) ->
                (killed ? draft.killedByNationality : draft.injuredByNationality).merge(nationality, n, Math::max));
    }
}
