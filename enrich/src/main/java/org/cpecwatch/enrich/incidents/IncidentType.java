package org.cpecwatch.enrich.incidents;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What happened. Articles tell one event at different grains ("attack", "bombing", "suicide bombing") and from
 * different sides: how it was done (a bombing) or what was hit (a convoy). So the kinds form a small tree of
 * refinements under ATTACK, and a target kind goes with any means. Kidnappings and threats are other acts and only
 * match their own kind. The extractor (merging reports within an article) and the register (across articles) both
 * ask this one lattice.
 */
public enum IncidentType {
    SUICIDE_ATTACK,
    BOMBING,
    SHOOTING,
    KIDNAPPING,
    THREAT_EXTORTION,
    CONVOY_ATTACK,
    SITE_ATTACK,
    ATTACK;

    private static final Set<IncidentType> MEANS = Set.of(BOMBING, SUICIDE_ATTACK, SHOOTING);
    private static final Set<IncidentType> TARGETS = Set.of(CONVOY_ATTACK, SITE_ATTACK);

    /** The kind this one refines: a suicide attack is a bombing, a bombing an attack. */
    private IncidentType parent() {
        return switch (this) {
            case SUICIDE_ATTACK -> BOMBING;
            case BOMBING, SHOOTING, CONVOY_ATTACK, SITE_ATTACK -> ATTACK;
            case KIDNAPPING, THREAT_EXTORTION, ATTACK -> null;
        };
    }

    /** Whether two reports could tell the same event. */
    public boolean compatibleWith(IncidentType other) {
        return this == other || refines(other) || other.refines(this)
                || MEANS.contains(this) && TARGETS.contains(other) || TARGETS.contains(this) && MEANS.contains(other)
                // A suicide squad with guns is reported as a suicide attack by some and a shooting by others.
                || Set.of(this, other).equals(Set.of(SUICIDE_ATTACK, SHOOTING));
    }

    /** How far down the tree a kind lies: 0 for ATTACK (and the kinds outside it), 2 for a suicide attack. */
    public int specificity() {
        int depth = 0;
        for (IncidentType t = parent(); t != null; t = t.parent()) {
            depth++;
        }
        return depth;
    }

    /** The more telling of two compatible kinds: the deeper one, and of two as deep, the means before the target. */
    public IncidentType moreSpecific(IncidentType other) {
        if (specificity() != other.specificity()) {
            return specificity() > other.specificity() ? this : other;
        }
        return ordinal() <= other.ordinal() ? this : other;
    }

    private boolean refines(IncidentType general) {
        for (IncidentType t = parent(); t != null; t = t.parent()) {
            if (t == general) {
                return true;
            }
        }
        return false;
    }

    /**
     * A kind as a record carries it. A record with none is an attack of unknown means; a name this version does not
     * know is empty, not a guess.
     */
    public static Optional<IncidentType> named(String name) {
        String wanted = normal(name);
        for (IncidentType type : values()) {
            if (type.name().equals(wanted)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** Records' kinds compared: through the lattice when both are known, by name otherwise. */
    public static boolean compatible(String a, String b) {
        Optional<IncidentType> x = named(a);
        Optional<IncidentType> y = named(b);
        return x.isPresent() && y.isPresent() ? x.get().compatibleWith(y.get()) : normal(a).equals(normal(b));
    }

    /** A record's kind, upper case; ATTACK when it has none. */
    public static String normal(String name) {
        return name == null ? ATTACK.name() : name.strip().toUpperCase(Locale.ROOT);
    }
}
