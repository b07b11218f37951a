package org.cpecwatch.enrich.incidents;

import java.util.ArrayList;
import java.util.List;

/**
 * One article tells an event several times: in the headline, the lead and the details. Each report joins the latest
 * earlier event it is compatible with; a report that fits none starts an event of its own.
 */
final class InArticleMerge {

    private InArticleMerge() {
    }

    static List<EventDraft> merge(List<EventDraft> drafts) {
        List<EventDraft> events = new ArrayList<>();
        for (EventDraft draft : drafts) {
            // "the bombing", with no place or date, refers to the article's news, not to the history it recalls.
            boolean bare = draft.place == null && draft.day().isEmpty();
            EventDraft into = latestCompatible(events, draft, bare);
            if (into == null && bare) {
                into = latestCompatible(events, draft, false);
            }
            if (into == null) {
                events.add(draft);
            } else {
                into.absorb(draft);
            }
        }
        return events;
    }

    private static EventDraft latestCompatible(List<EventDraft> events, EventDraft draft, boolean newsOnly) {
        for (int i = events.size() - 1; i >= 0; i--) {
            EventDraft event = events.get(i);
            if (event.compatibleWith(draft) && !(newsOnly && event.backgroundCue)) {
                return event;
            }
        }
        return null;
    }
}
