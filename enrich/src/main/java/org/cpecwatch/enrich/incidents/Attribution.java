package org.cpecwatch.enrich.incidents;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cpecwatch.schemas.avro.Entity;
import org.cpecwatch.schemas.avro.Span;

/**
 * Where the text says who did it, rather than only naming a group nearby: "claimed by the BLA", "blamed on the TTP",
 * "attributed to", "carried out by", "the BLA (…) claimed responsibility"; and "the group claimed" or "the insurgent
 * group was responsible", which point back to the group named last before them.
 */
final class Attribution {

    private static final Pattern BEFORE_GROUP = Pattern.compile("(?:claimed by|blamed (?:it )?on|attributed to"
            + "|carried out by|perpetrated by|orchestrated by|masterminded by)"
            + "\\s+(?:the\\s+)?(?:(?:banned|proscribed|outlawed)\\s+)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern AFTER_GROUP = Pattern.compile("(?:\\s*\\([^)]{1,15}\\))?,?\\s+"
            + "(?:has |had |have |later |also )?(?:claimed|accepted|owned) (?:the )?responsibility", Pattern.CASE_INSENSITIVE);
    /** "the group claimed", "the insurgent group was also responsible", "claimed by the outfit". */
    private static final Pattern THE_GROUP = Pattern.compile("(?<![\\p{L}])(?:the (?:[\\p{L}-]+ )?(?:group|outfit"
            + "|organi[sz]ation) (?:[\\p{L}]+ ){0,2}?(?:claimed|was (?:also )?responsible|was behind|carried out)"
            + "|claimed by the (?:[\\p{L}-]+ )?(?:group|outfit|organi[sz]ation))(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE);
    /** How far back "the group" looks for the name it stands for: about two sentences. */
    private static final int GROUP_REACH = 400;

    /** A group's name and the words that named it. */
    record Named(String name, Span mention) {
    }

    private Attribution() {
    }

    /** Whether the group mentioned at [start, end) of the sentence is said to be the one that did it. */
    static boolean names(String sentence, int start, int end) {
        return BEFORE_GROUP.matcher(SentenceEvents.before(sentence, start)).find()
                || AFTER_GROUP.matcher(sentence).region(end, sentence.length()).lookingAt();
    }

    /**
     * The group "the group" in the sentence stands for: the militant group named last before it in the article, not
     * further back than {@link #GROUP_REACH}.
     */
    static Optional<Named> pointedBack(Span sentence, Iterable<Entity> entities) {
        Matcher m = THE_GROUP.matcher(sentence.getText());
        if (!m.find()) {
            return Optional.empty();
        }
        int at = sentence.getStart() + m.start();
        Named latest = null;
        for (Entity entity : entities) {
            if (!"MILITANT_GROUP".equals(entity.getType())) {
                continue;
            }
            for (Span mention : entity.getMentions()) {
                if (mention.getEnd() <= at && at - mention.getEnd() <= GROUP_REACH
                        && (latest == null || mention.getStart() > latest.mention().getStart())) {
                    latest = new Named(entity.getName(), mention);
                }
            }
        }
        return Optional.ofNullable(latest);
    }
}
