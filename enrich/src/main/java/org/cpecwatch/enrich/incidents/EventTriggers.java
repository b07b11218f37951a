package org.cpecwatch.enrich.incidents;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cpecwatch.enrich.language.Tokens;

/**
 * The words that say an incident happened, by kind. A sentence may hold several; the most specific kind names the
 * event, the rest only confirm it.
 */
final class EventTriggers {

    /** A trigger in a sentence; {@code plural} marks "attacks", which tells of a trend, not of one event. */
    record Trigger(IncidentType type, int start, int end, boolean plural) {
    }

    private static final Map<IncidentType, Pattern> PATTERNS = new LinkedHashMap<>();
    /** A kind's pattern runs only on a sentence holding one of its stems (lower case; "IED" is matched as written). */
    private static final Map<IncidentType, List<String>> STEMS_OF = Map.of(
            IncidentType.SUICIDE_ATTACK, List.of("suicide", "self", "blew"),
            IncidentType.BOMBING, List.of("bomb", "blast", "explo", "grenade", "detonat", "IED"),
            IncidentType.SHOOTING, List.of("fire", "firing", "gunm", "shot", "shoot", "armed m", "armed a"),
            IncidentType.KIDNAPPING, List.of("kidnap", "abduct", "hostage"),
            IncidentType.THREAT_EXTORTION, List.of("extort", "threatene", "threat letter", "money", "payment", "ransom",
                    "bhatta"),
            IncidentType.CONVOY_ATTACK, List.of("convoy"),
            IncidentType.SITE_ATTACK, List.of("attack", "stormed", "raided"),
            IncidentType.ATTACK, List.of("attack", "ambush", "assault"));

    static {
        add(IncidentType.SUICIDE_ATTACK, "suicide[- ](?:attack|bomb(?:ing|er)?|blast|car[- ]bomb(?:ing)?|attacker"
                + "|explosion|vest)s?|self[- ]detonat\\w*|blew (?:himself|herself) up");
        add(IncidentType.BOMBING, "(?:car |roadside |bomb |IED )?(?:bomb(?:ing)?|blast|explosion|IED|grenade attack"
                + "|explosive device)s?|exploded|detonated");
        add(IncidentType.SHOOTING, "opened fire|gunm[ae]n|shot (?:dead|at|and killed)|shooting|gunfire|fired (?:at|on)"
                + "|firing|armed (?:man|men|assailants?|attackers?)");
        add(IncidentType.KIDNAPPING, "kidnap(?:ped|ping|pings)?|abduct(?:ed|ion|ions)|taken hostage|held hostage");
        add(IncidentType.THREAT_EXTORTION, "extort(?:ion|ed|ing)|threatened|threat letters?|threatening (?:calls?"
                + "|letters?|messages?)|asked (?:[\\w’']+ ){0,4}for money|demanded (?:\\w+ ){0,3}(?:money|payments?"
                + "|ransom|bhatta)");
        add(IncidentType.CONVOY_ATTACK, "(?:attack(?:ed|s)?|ambush(?:ed)?|targeted|struck) (?:\\w+ ){0,4}convoys?"
                + "|convoys? (?:\\w+ ){0,4}(?:was |were )?(?:attacked|ambushed|targeted)");
        add(IncidentType.SITE_ATTACK, "(?:attack(?:ed|s)?|stormed|raided) (?:on )?(?:\\w+ ){0,3}(?:camp|compound"
                + "|office|plant|consulate|hotel)s?");
        add(IncidentType.ATTACK, "attack(?:ed|s)?|ambush(?:ed)?|assault(?:ed)?");
    }

    /** Not incidents, though the words match. */
    private static final Pattern NOT_AN_EVENT = Pattern.compile(
            "heart attack|panic attack|cyber[- ]?attack|counter[- ]?attack|attack helicopters?|bomb disposal"
                    + "|bomb squad|blasting|population explosion", Pattern.CASE_INSENSITIVE);

    private EventTriggers() {
    }

    private static boolean holds(String sentence, String lower, List<String> stems) {
        for (String stem : stems) {
            if (stem.equals("IED") ? sentence.contains(stem) : lower.contains(stem)) {
                return true;
            }
        }
        return false;
    }

    private static void add(IncidentType type, String regex) {
        PATTERNS.put(type, Pattern.compile("(?<![\\p{L}-])(?:" + regex + ")(?![\\p{L}])", Pattern.CASE_INSENSITIVE));
    }

    /** Triggers in {@code sentence}, most specific kind first, each span given once. */
    static List<Trigger> in(String sentence) {
        List<Trigger> found = new ArrayList<>();
        String lower = sentence.toLowerCase(java.util.Locale.ROOT);
        List<int[]> excluded = null;
        for (Map.Entry<IncidentType, Pattern> kind : PATTERNS.entrySet()) {
            if (!holds(sentence, lower, STEMS_OF.get(kind.getKey()))) {
                continue;
            }
            if (excluded == null) {
                excluded = spans(NOT_AN_EVENT.matcher(sentence));
            }
            List<int[]> notEvents = excluded;
            Matcher m = kind.getValue().matcher(sentence);
            while (m.find()) {
                int start = m.start();
                int end = m.end();
                boolean taken = found.stream().anyMatch(t -> t.start() < end && start < t.end())
                        || notEvents.stream().anyMatch(x -> x[0] < end && start < x[1]);
                if (!taken) {
                    found.add(new Trigger(kind.getKey(), start, end, isPlural(m.group())));
                }
            }
        }
        return found;
    }

    private static boolean isPlural(String words) {
        return Tokens.isPlural(words.substring(words.lastIndexOf(' ') + 1));
    }

    private static List<int[]> spans(Matcher m) {
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        return spans;
    }
}
