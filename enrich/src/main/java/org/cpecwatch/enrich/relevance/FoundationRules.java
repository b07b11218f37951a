package org.cpecwatch.enrich.relevance;

import java.util.List;

/**
 * The first, deliberately small rule set: Chinese people or projects, a place in Pakistan, and violence or
 * protection near them. Weights add up; each rule counts once however often it matches.
 */
final class FoundationRules {

    static final String VERSION = "foundation-1";

    static final String CHINESE_PEOPLE = "chinese-people";
    static final String CHINESE_NEAR_SECURITY = "chinese-near-security";
    static final String PAKISTAN_PLACE = "pakistan-place";
    static final String VIOLENCE = "violence";
    static final String PROTECTION = "protection";

    private static final String VIOLENCE_WORDS = "attack(?:s|ed|ers?)?|bomb(?:s|ing|ings|er|ers)?|blast|explosion|suicide"
            + "|kill(?:ed|ing)|militants?|terroris(?:t|ts|m)|kidnap(?:ped|ping)?|abduct(?:ed|ion)?|extort(?:ion)?|gunmen|ambush(?:ed)?";

    private FoundationRules() {
    }

    static List<Rule> rules() {
        return List.of(
                Rule.of(CHINESE_PEOPLE, "names Chinese nationals, workers or staff", 0.30,
                        "\\bChinese\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:nationals?|citizens?|engineers?|workers?|personnel|staff"
                                + "|employees|investors?|people|experts?|convoys?|institutions|projects?)\\b"),
                Rule.of("china", "mentions China", 0.10, "\\b(?:China|Chinese|Beijing)\\b"),
                Rule.of(CHINESE_NEAR_SECURITY, "puts Chinese people and attacks or security in one phrase", 0.20,
                        "\\bChinese\\b(?:\\W+\\w+){0,8}?\\W+(?:" + VIOLENCE_WORDS + "|security|safety|protection)\\b"
                                + "|\\b(?:" + VIOLENCE_WORDS + "|security|safety)\\b(?:\\W+\\w+){0,8}?\\W+Chinese\\b"),
                Rule.of(PAKISTAN_PLACE, "places the story in Pakistan", 0.15,
                        "\\b(?:Pakistan|Karachi|Balochistan|Baluchistan|Gwadar|Khyber Pakhtunkhwa|Sindh|Punjab|Islamabad"
                                + "|Quetta|Peshawar|Lahore|Dasu|Besham|Bisham|Shangla|Kohistan|Dalbandin|Turbat)\\b"),
                Rule.of("cpec", "mentions CPEC", 0.10, "\\bCPEC\\b|China[- ]Pakistan Economic Corridor"),
                Rule.of(VIOLENCE, "reports violence or a threat", 0.20, "\\b(?:" + VIOLENCE_WORDS + ")\\b"),
                Rule.of(PROTECTION, "speaks of security or protection", 0.10, "\\b(?:security|safety|protection|safe)\\b"));
    }
}
