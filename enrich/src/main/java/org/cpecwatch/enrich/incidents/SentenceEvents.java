package org.cpecwatch.enrich.incidents;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cpecwatch.enrich.incidents.Casualties.Count;
import org.cpecwatch.enrich.incidents.EventTriggers.Trigger;
import org.cpecwatch.schemas.avro.DateMention;
import org.cpecwatch.schemas.avro.Span;

/**
 * The events one sentence tells ("attacks", in the plural, tell a trend and no event). Nearby triggers of compatible kinds are one event; every place, date, count, group
 * and cue in the sentence goes to the event whose words lie nearest, so "the Karachi bombing was the latest of
 * attacks beginning in August 2018, when the BLA targeted a convoy in Dalbandin" gives two events, each with its own.
 */
final class SentenceEvents {

    /** Words before a trigger that make it a possibility, not an event: "to prevent attacks", "could be targeted". */
    private static final Pattern HYPOTHETICAL = Pattern.compile("(?:foil\\w*|thwart\\w*|avert\\w*|prevent\\w*"
            + "|avoid\\w*|would|could|might|may|possible|plan\\w*|risk of|threat of|fear\\w*|warn\\w*|against)"
            + "(?: [\\p{L}’'-]+){0,4} ?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern CLAIM = Pattern.compile("claim(?:ed|s|ing)? (?:responsibility|the (?:attack|bombing"
            + "|blast|killing)|by)|responsibility for", Pattern.CASE_INSENSITIVE);
    static final Pattern BACKGROUND_CUE = Pattern.compile("(?<![\\p{L}])(?:beginning (?:in|with)|dating back|in the"
            + " past|previous(?:ly)?|recalled|reminiscent of|history of|years ago)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TARGET = Pattern.compile("(?<![\\p{L}])(?:(?<convoy>convoys?)|(?<chinese>Chinese "
            + "(?:[\\p{L}-]+ )?(?:nationals?|citizens?|engineers?|workers?|employees?|staff|people|investors?"
            + "|personnel|labou?rers?|teachers?|tourists?|patient|national))|(?<forces>police(?:men)?|soldiers"
            + "|security forces|Frontier Corps|FC|troops))(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
    /** "on Monday condemned the blast on Sunday night": a date the statement was made, not the event. */
    private static final Pattern STATEMENT_AFTER = Pattern.compile("^[,]? (?:\\p{L}+ ){0,2}?(?:condemn|said|say|says"
            + "|express|told|announc|stat|assur|urg|reiterat|confirm|call|warn|visit|chair|met|meet|direct|order|approv"
            + "|strongly|also)", Pattern.CASE_INSENSITIVE);
    private static final Pattern STATEMENT_BEFORE = Pattern.compile("(?:said|stated|told|announced|condemned|added"
            + "|confirmed)(?: \\p{L}+)? (?:on )?$", Pattern.CASE_INSENSITIVE);
    private static final int SAME_EVENT_GAP = 40;
    private static final int LOOK_BACK = 60;

    private SentenceEvents() {
    }

    static List<EventDraft> in(Span sentence, List<Trigger> found, SentenceFacts facts) {
        String words = sentence.getText();
        List<Trigger> triggers = new ArrayList<>();
        for (Trigger t : found) {
            if (!t.plural() && !HYPOTHETICAL.matcher(before(words, t.start())).find()) {
                triggers.add(t);
            }
        }
        triggers.sort(Comparator.comparingInt(Trigger::start));
        List<Cluster> clusters = new ArrayList<>();
        for (Trigger t : triggers) {
            Cluster last = clusters.isEmpty() ? null : clusters.get(clusters.size() - 1);
            if (last != null && last.draft.type.compatibleWith(t.type()) && t.start() - last.end < SAME_EVENT_GAP) {
                last.add(t, span(sentence, t.start(), t.end()));
            } else {
                clusters.add(new Cluster(t, span(sentence, t.start(), t.end())));
            }
        }
        if (clusters.isEmpty()) {
            return List.of();
        }
        int base = sentence.getStart();
        for (IncidentPlace place : facts.places()) {
            EventDraft d = nearest(clusters, place.mention().getStart() - base).draft;
            if (d.place == null || place.precision().compareTo(d.place.precision()) < 0) {
                d.place = place;
                d.evidence.put("place", place.mention());
            }
        }
        // Of the dates nearest an event, the closest one: "condemned on Monday the blast on Sunday night".
        java.util.Map<Cluster, Integer> dateDistance = new java.util.HashMap<>();
        for (DateMention date : facts.dates()) {
            if (statementDate(words, date.getStart() - base, date.getEnd() - base)) {
                continue;
            }
            Cluster c = nearest(clusters, date.getStart() - base);
            int distance = c.distance(date.getStart() - base);
            if (date.getValue() != null && distance < dateDistance.getOrDefault(c, Integer.MAX_VALUE)) {
                dateDistance.put(c, distance);
                c.draft.date = date;
                c.draft.evidence.put("date", new Span(date.getStart(), date.getEnd(), date.getText()));
            }
        }
        for (Count count : facts.counts()) {
            CountsInto.draft(nearest(clusters, count.start()).draft, count, span(sentence, count.start(), count.end()));
        }
        for (Span group : facts.groups()) {
            EventDraft d = nearest(clusters, group.getStart() - base).draft;
            d.perpetrator(facts.groupName(group), group,
                    Attribution.names(words, group.getStart() - base, group.getEnd() - base));
        }
        mark(CLAIM.matcher(words), clusters, (d, m) -> d.claimed = d.perpetrator != null);
        mark(BACKGROUND_CUE.matcher(words), clusters, (d, m) -> d.backgroundCue = true);
        mark(TARGET.matcher(words), clusters, (d, m) -> {
            if (d.target == null) {
                d.target = m.group("convoy") != null ? "CONVOY" : m.group("chinese") != null ? "CHINESE_NATIONALS"
                        : "SECURITY_FORCES";
                d.evidence.put("target", span(sentence, m.start(), m.end()));
            }
        });
        List<EventDraft> drafts = new ArrayList<>();
        for (Cluster c : clusters) {
            c.draft.sentences.add(sentence);
            drafts.add(c.draft);
        }
        return drafts;
    }

    private static boolean statementDate(String words, int start, int end) {
        return STATEMENT_AFTER.matcher(words.substring(end)).lookingAt()
                || STATEMENT_BEFORE.matcher(before(words, start)).find();
    }

    /** The words just before an offset: the patterns that look back end there and need no more. */
    static String before(String words, int offset) {
        return words.substring(Math.max(0, offset - LOOK_BACK), offset);
    }

    private interface Marker {
        void mark(EventDraft draft, Matcher match);
    }

    private static void mark(Matcher m, List<Cluster> clusters, Marker marker) {
        while (m.find()) {
            marker.mark(nearest(clusters, m.start()).draft, m);
        }
    }

    private static Cluster nearest(List<Cluster> clusters, int offset) {
        return clusters.stream().min(Comparator.comparingInt(c -> c.distance(offset))).orElseThrow();
    }

    static Span span(Span sentence, int start, int end) {
        return new Span(sentence.getStart() + start, sentence.getStart() + end,
                sentence.getText().substring(start, end));
    }

    /** Triggers of one event in a sentence, with their extent in sentence offsets. */
    private static final class Cluster {
        final EventDraft draft;
        final int start;
        int end;

        Cluster(Trigger t, Span evidence) {
            this.draft = new EventDraft(t.type(), evidence);
            this.start = t.start();
            this.end = t.end();
        }

        void add(Trigger t, Span evidence) {
            if (t.type().moreSpecific(draft.type) != draft.type) {
                draft.type = t.type();
                draft.evidence.put("type", evidence);
            }
            end = t.end();
        }

        int distance(int offset) {
            return offset < start ? start - offset : offset > end ? offset - end : 0;
        }
    }
}
