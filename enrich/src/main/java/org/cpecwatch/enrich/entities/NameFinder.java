package org.cpecwatch.enrich.entities;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cpecwatch.schemas.avro.Entity;
import org.cpecwatch.schemas.avro.Span;

/**
 * People and organisations the gazetteer does not know, found by a linguistic cue rather than a list: a run of two
 * to four capitalised words that a title introduces or a reporting verb follows is a person; one that ends in an
 * organisation's head noun ("… Department", "… University") is an organisation. Anything else is left alone.
 */
public final class NameFinder {

    public static final String PERSON = "PERSON";
    public static final String ORGANISATION = "ORGANISATION";

    private static final String WORD = "\\p{Lu}[\\p{Ll}]+(?:[-'’]\\p{Lu}?\\p{Ll}+)?";
    private static final Pattern WORD_PATTERN = Pattern.compile(WORD);
    private static final Pattern CANDIDATE = Pattern.compile(
            "(?<![\\p{L}-])" + WORD + "(?:[ \\t]+(?:(?:of|ul|al|ud|e|bin|for|and)[ \\t]+)?" + WORD + "){1,3}(?![\\p{L}-])");
    /** Titles and bylines that introduce a person; literal words, so their first letters tell where a cue can start. */
    private static final List<String> CUES_BEFORE = List.of("Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Maj",
            "Capt", "Justice", "Senator", "President", "Premier", "Ambassador", "Minister", "Governor", "Chairman",
            "Commissioner", "Secretary", "spokesperson", "Spokesperson", "spokesman", "Spokesman", "Inspector General",
            "Chief", "writes", "reports", "By", "by");
    private static final Pattern TITLE_BEFORE = Pattern.compile("(?:\\b(?:" + String.join("|", CUES_BEFORE) + ")\\.?\\s+)$");
    private static final String CUE_FIRST_LETTERS = CUES_BEFORE.stream().map(c -> c.substring(0, 1)).distinct()
            .reduce("", String::concat);
    private static final Pattern VERB_AFTER = Pattern.compile("^,?\\s+(?:said|says|told|added|stated|noted|stressed|urged)\\b");
    private static final Set<String> ORGANISATION_HEADS = Set.of("Ministry", "Department", "Police", "Army", "Corps",
            "Corporation", "Company", "University", "Party", "Council", "Authority", "Commission", "Agency", "Bank",
            "Institute", "Association", "Embassy", "Office", "Forces", "Court", "Assembly", "League", "Committee",
            "Board", "Bureau", "Network", "Organisation", "Organization", "Federation", "Chamber", "Group", "Limited");
    private static final Set<String> NOT_NAMES = Set.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday",
            "Thursday", "Friday", "Saturday", "Sunday", "The", "This", "That", "However", "According", "Prime",
            "Minister", "President", "Chinese", "Pakistani", "Pakistan", "China", "Balochistan", "Baloch",
            // First words of country and demonym names ("New Zealand", "Saudi Arabia", "South African").
            "New", "South", "North", "East", "West", "Saudi", "United", "Russian", "American", "British", "Indian",
            "Afghan", "Iranian", "Regional", "Parliamentary", "Federal", "Provincial");
    private static final Set<String> TITLES = Set.of("Army", "Chief", "General", "Governor", "Senator", "Justice",
            "Ambassador", "Secretary", "Commissioner", "Chairman", "Mr", "Mrs", "Ms", "Dr", "Barrister", "Conservator",
            "Police", "Officer", "Inspector", "Deputy", "Senior", "Superintendent");
    private static final int CUE_WINDOW = 40;

    public List<Entity> find(String text, List<Entity> known) {
        Map<String, Entity> found = new LinkedHashMap<>();
        // A candidate starts with an uppercase letter (WORD's \\p{Lu}), read as a code point as the regex reads it.
        SkippingFinder m = new SkippingFinder(CANDIDATE, text,
                at -> Character.getType(text.codePointAt(at)) == Character.UPPERCASE_LETTER);
        while (m.find()) {
            Span name = trimmed(text, m.start(), m.end());
            if (name == null || overlapsKnown(name.getStart(), name.getEnd(), known)) {
                continue;
            }
            String type = type(text, name.getStart(), name.getEnd(), name.getText());
            if (type == null) {
                continue;
            }
            found.computeIfAbsent(type + "\u0000" + name.getText(), k -> new Entity(type, name.getText(),
                    Map.of("found", "linguistic"), new ArrayList<>())).getMentions().add(name);
        }
        return new ArrayList<>(found.values());
    }

    /**
     * The name inside a candidate, without leading or trailing titles, months or possessives ("China’s Foreign
     * Ministry" gives "Foreign Ministry"), as a span of the text itself; null when fewer than two words are left.
     */
    private static Span trimmed(String text, int start, int end) {
        List<int[]> words = new ArrayList<>();
        Matcher w = WORD_PATTERN.matcher(text).region(start, end);
        while (w.find()) {
            words.add(new int[] {w.start(), w.end()});
        }
        int first = 0;
        while (first < words.size() && dropped(text, words.get(first))) {
            first++;
        }
        int last = words.size();
        while (last > first && dropped(text, words.get(last - 1))) {
            last--;
        }
        if (last - first < 2) {
            return null;
        }
        int from = words.get(first)[0];
        int to = words.get(last - 1)[1];
        return new Span(from, to, text.substring(from, to));
    }

    private static boolean dropped(String text, int[] word) {
        String w = text.substring(word[0], word[1]);
        return NOT_NAMES.contains(w) || TITLES.contains(w) || w.endsWith("’s") || w.endsWith("'s");
    }

    private static String type(String text, int start, int end, String name) {
        String[] words = SpaceSplit.of(name);
        boolean headFirst = words.length > 2 && ORGANISATION_HEADS.contains(words[0]) && words[1].equals("of");
        if (ORGANISATION_HEADS.contains(words[words.length - 1]) || headFirst) {
            return ORGANISATION;
        }
        String before = text.substring(Math.max(0, start - CUE_WINDOW), start);
        String after = text.substring(end, Math.min(text.length(), end + CUE_WINDOW));
        boolean cueBefore = new SkippingFinder(TITLE_BEFORE, before, at -> CUE_FIRST_LETTERS.indexOf(before.charAt(at)) >= 0)
                .find();
        if (cueBefore || VERB_AFTER.matcher(after).find()) {
            return PERSON;
        }
        return null;
    }

    private static boolean overlapsKnown(int start, int end, List<Entity> known) {
        for (Entity entity : known) {
            for (Span span : entity.getMentions()) {
                if (span.getStart() < end && start < span.getEnd()) {
                    return true;
                }
            }
        }
        return false;
    }
}
