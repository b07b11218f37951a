package org.cpecwatch.enrich.register;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which incident types can name the same event. Articles tell one event at different grains ("attack", "bombing",
 * "suicide bombing") and from different sides: how it was done (a bombing) or what was hit (a convoy). So the types
 * form a small tree of refinements, and a target type goes with any means.
 */
final class IncidentTypes {

    private static final Map<String, String> PARENT = Map.of(
            "SUICIDE_ATTACK", "BOMBING",
            "BOMBING", "ATTACK",
            "SHOOTING", "ATTACK",
            "CONVOY_ATTACK", "ATTACK",
            "SITE_ATTACK", "ATTACK");
    private static final Set<String> MEANS = Set.of("BOMBING", "SUICIDE_ATTACK", "SHOOTING");
    private static final Set<String> TARGETS = Set.of("CONVOY_ATTACK", "SITE_ATTACK");

    private IncidentTypes() {
    }

    static boolean compatible(String a, String b) {
        String x = normal(a);
        String y = normal(b);
        return x.equals(y) || isRefinementOf(x, y) || isRefinementOf(y, x)
                || MEANS.contains(x) && TARGETS.contains(y) || TARGETS.contains(x) && MEANS.contains(y)
                // A suicide squad with guns is reported as a suicide attack by some and a shooting by others.
                || Set.of(x, y).equals(Set.of("SUICIDE_ATTACK", "SHOOTING"));
    }

    /** How far down the tree a type lies: the best type of an incident is its most specific one. */
    static int specificity(String type) {
        int depth = 0;
        for (String t = normal(type); PARENT.containsKey(t); t = PARENT.get(t)) {
            depth++;
        }
        return depth;
    }

    private static boolean isRefinementOf(String type, String general) {
        for (String t = PARENT.get(type); t != null; t = PARENT.get(t)) {
            if (t.equals(general)) {
                return true;
            }
        }
        return false;
    }

    static String normal(String type) {
        return type == null ? "ATTACK" : type.strip().toUpperCase(Locale.ROOT);
    }
}
