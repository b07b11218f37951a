package org.cpecwatch.enrich.incidents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cpecwatch.enrich.entities.Gazetteer;
import org.cpecwatch.enrich.entities.GazetteerEntry;
import org.cpecwatch.enrich.language.Sentences;
import org.cpecwatch.schemas.avro.DateMention;
import org.cpecwatch.schemas.avro.Entity;
import org.cpecwatch.schemas.avro.IncidentMention;
import org.cpecwatch.schemas.avro.Span;

/**
 * The incidents an article tells of, each with the words every field was read from. Pure: no clock, no Kafka.
 *
 * <p>An event needs a place, a date or a count to be kept: "attacks on Chinese nationals" alone is a trend, not an
 * incident. Reports of one event within the article (headline, lead, details further down) are merged into one.
 */
public final class IncidentFinder {

    /** Older than this before the article's date, an incident is history the article recalls, not its news. */
    private static final int BACKGROUND_DAYS = 90;
    /** "KARACHI: ..." or "ISLAMABAD, Oct 7 (Reuters) -": the city the story was filed from. */
    private static final Pattern DATELINE = Pattern.compile("^[ \\t]*([A-Z][A-Za-z .'-]{2,30}?)[ \\t]*"
            + "(?:,[^:\\n]{0,40})?[ \\t]*(?::|—|–| - )", Pattern.MULTILINE);
    /** A dateline opens the story: its first lines, after the headline. */
    private static final int DATELINE_REACH = 400;

    /** Wording that puts an event on the day the story was filed. */
    private static final Pattern SAME_DAY = Pattern.compile("(?<![\\p{L}])(?:today|tonight|this (?:morning|afternoon"
            + "|evening)|(?:in|on) the (?:morning|afternoon|evening)|earlier in the day)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE);

    private final Map<String, Entity> cities = new HashMap<>();

    public IncidentFinder(Gazetteer gazetteer) {
        for (GazetteerEntry entry : gazetteer.entries()) {
            if ("CITY".equals(entry.type())) {
                cities.putIfAbsent(entry.name().toLowerCase(Locale.ROOT), new Entity(entry.type(), entry.name(),
                        new HashMap<>(entry.attributes()), List.of()));
            }
        }
    }

    public List<IncidentMention> find(String text, List<Entity> entities, List<DateMention> dates,
                                      Optional<LocalDate> published) {
        List<Span> sentences = Sentences.of(text).stream()
                .map(s -> new Span(s.start(), s.end(), text.substring(s.start(), s.end()))).toList();
        List<EventDraft> drafts = new ArrayList<>();
        // The dateline's date is when the story was filed, never when its event happened.
        Optional<MatchResult> dateline = dateline(text);
        int datelineEnd = dateline.map(MatchResult::end).orElse(0);
        List<DateMention> eventDates = dates.stream().filter(d -> d.getStart() >= datelineEnd).toList();
        // Facts are read only where an event may be told: most sentences name no trigger word at all.
        List<SentenceFacts> facts = new ArrayList<>(java.util.Collections.nCopies(sentences.size(), null));
        java.util.function.IntFunction<SentenceFacts> factsOf = i -> {
            if (facts.get(i) == null) {
                facts.set(i, SentenceFacts.of(sentences.get(i), entities, eventDates));
            }
            return facts.get(i);
        };
        int lastEventSentence = -2;
        for (int i = 0; i < sentences.size(); i++) {
            Span sentence = sentences.get(i);
            List<EventTriggers.Trigger> words = EventTriggers.in(sentence.getText());
            boolean triggers = !words.isEmpty();
            List<EventDraft> found = triggers ? SentenceEvents.in(sentence, words, factsOf.apply(i)) : List.of();
            if (found.isEmpty()) {
                if (lastEventSentence == i - 1 && !triggers) {
                    continueEvent(drafts.get(drafts.size() - 1), sentence, factsOf.apply(i));
                }
                continue;
            }
            if (found.size() == 1 && found.get(0).place == null && i > 0) {
                borrowPlace(found.get(0), factsOf.apply(i - 1), sentences.get(i - 1));
            }
            drafts.addAll(found);
            lastEventSentence = i;
        }
        List<EventDraft> events = InArticleMerge.merge(drafts);
        events.stream().filter(e -> e.perpetrator == null).forEach(e -> groupPointedBack(e, entities));
        events.removeIf(e -> e.place == null && e.day().isEmpty() && e.killed == null && e.injured == null);
        datelinePlace(dateline).ifPresent(place -> events.stream()
                .filter(e -> e.place == null && !background(e, published)).findFirst()
                .ifPresent(e -> {
                    e.place = place;
                    e.evidence.put("place", place.mention());
                }));
        published.ifPresent(day -> events.stream().filter(e -> e.date == null).forEach(e -> sameDay(e, day)));
        return events.stream().map(e -> MentionRecord.of(e, background(e, published))).toList();
    }

    /**
     * A sentence with no event of its own may go on about the one before: "Two Chinese engineers were among the dead."
     * gives its counts, "It was claimed by the BLA." its perpetrator.
     */
    private static void continueEvent(EventDraft last, Span sentence, SentenceFacts facts) {
        boolean adds = !facts.counts().isEmpty();
        facts.counts().forEach(c -> CountsInto.draft(last, c, SentenceEvents.span(sentence, c.start(), c.end())));
        int base = sentence.getStart();
        for (Span group : facts.groups()) {
            if (Attribution.names(sentence.getText(), group.getStart() - base, group.getEnd() - base)) {
                last.perpetrator(facts.groupName(group), group, true);
                adds = true;
            }
        }
        if (adds) {
            last.sentences.add(sentence);
        }
    }

    /** "The insurgent group was also responsible for the attack": the group named last before it did it. */
    private static void groupPointedBack(EventDraft event, List<Entity> entities) {
        for (Span sentence : event.sentences) {
            Optional<Attribution.Named> group = Attribution.pointedBack(sentence, entities);
            if (group.isPresent()) {
                event.perpetrator(group.get().name(), group.get().mention(), true);
                return;
            }
        }
    }

    /**
     * A sentence that tells an event without naming where takes the most precise place of the sentence before it,
     * when that one tells no event of its own and names one city only, none of them as where someone went or came
     * from: "The company's staff work in Malir, Karachi. Armed men threatened them."
     */
    private static void borrowPlace(EventDraft draft, SentenceFacts before, Span sentenceBefore) {
        if (before.places().isEmpty() || before.namesTravel() || !EventTriggers.in(sentenceBefore.getText()).isEmpty()
                || before.places().stream().map(IncidentPlace::city).filter(java.util.Objects::nonNull).distinct()
                .count() != 1) {
            return;
        }
        draft.place = before.places().stream()
                .min(Comparator.comparing(IncidentPlace::precision).thenComparing(p -> -p.mention().getStart()))
                .orElseThrow();
        draft.evidence.put("place", draft.place.mention());
    }

    /** "the blast in the evening", in a story filed that day: the event's day is the publication date. */
    private static void sameDay(EventDraft event, LocalDate published) {
        for (Span sentence : event.sentences) {
            Matcher m = SAME_DAY.matcher(sentence.getText());
            if (m.find()) {
                int start = sentence.getStart() + m.start();
                event.date = new DateMention(m.group(), start, start + m.group().length(), published.toString(), "DAY",
                        true);
                event.evidence.put("date", new Span(start, start + m.group().length(), m.group()));
                return;
            }
        }
    }

    /** The dateline at the top of the story, if it has one. */
    private static Optional<MatchResult> dateline(String text) {
        Matcher m = DATELINE.matcher(text).region(0, Math.min(text.length(), DATELINE_REACH));
        return m.find() ? Optional.of(m.toMatchResult()) : Optional.empty();
    }

    private Optional<IncidentPlace> datelinePlace(Optional<MatchResult> dateline) {
        return dateline.flatMap(m -> {
            String name = m.group(1).strip();
            return Optional.ofNullable(cities.get(name.toLowerCase(Locale.ROOT)))
                    .map(city -> IncidentPlace.of(city, new Span(m.start(1), m.start(1) + name.length(), name)));
        });
    }

    private static boolean background(EventDraft event, Optional<LocalDate> published) {
        if (event.backgroundCue) {
            return true;
        }
        return published.isPresent() && event.day().isPresent()
                && event.day().get().isBefore(published.get().minusDays(BACKGROUND_DAYS));
    }
}
