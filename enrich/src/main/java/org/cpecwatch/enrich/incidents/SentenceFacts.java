package org.cpecwatch.enrich.incidents;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cpecwatch.enrich.incidents.Casualties.Count;
import org.cpecwatch.schemas.avro.DateMention;
import org.cpecwatch.schemas.avro.Entity;
import org.cpecwatch.schemas.avro.Span;

/** What one sentence names that an event can take: places, dates, counts and militant groups. */
record SentenceFacts(List<IncidentPlace> places, List<DateMention> dates, List<Count> counts, List<Span> groups,
                     Map<Span, String> groupNames, boolean namesTravel) {

    private static final java.util.regex.Pattern TRAVEL = java.util.regex.Pattern.compile(
            "(?:visits?|visited|trip|travel(?:l?ed)?|flew|arrived|returned|went|came|back|way)"
            + " (?:to|in|from|for)(?: the)? $|(?:from|left for) (?:the )?$", java.util.regex.Pattern.CASE_INSENSITIVE);

    static SentenceFacts of(Span sentence, List<Entity> entities, List<DateMention> allDates) {
        int start = sentence.getStart();
        int end = sentence.getEnd();
        List<IncidentPlace> places = new ArrayList<>();
        List<Span> groups = new ArrayList<>();
        Map<Span, String> names = new java.util.HashMap<>();
        boolean travel = false;
        for (Entity entity : entities) {
            for (Span mention : entity.getMentions()) {
                if (mention.getStart() < start || mention.getEnd() > end) {
                    continue;
                }
                if (IncidentPlace.isPlace(entity) && destination(sentence, mention)) {
                    travel = true;
                } else if (IncidentPlace.isPlace(entity)) {
                    places.add(IncidentPlace.of(entity, mention));
                } else if ("MILITANT_GROUP".equals(entity.getType())) {
                    groups.add(mention);
                    names.put(mention, entity.getName());
                }
            }
        }
        groups.sort(java.util.Comparator.comparingInt(Span::getStart));
        List<DateMention> dates = allDates.stream().filter(d -> d.getStart() >= start && d.getEnd() <= end).toList();
        return new SentenceFacts(places, dates, Casualties.in(sentence.getText()), groups, names,
                travel);
    }

    /** "a week before the premier's visit to Islamabad": where someone went, not where the event was. */
    private static boolean destination(Span sentence, Span mention) {
        return TRAVEL.matcher(SentenceEvents.before(sentence.getText(), mention.getStart() - sentence.getStart())).find();
    }

    String groupName(Span mention) {
        return groupNames.get(mention);
    }
}
