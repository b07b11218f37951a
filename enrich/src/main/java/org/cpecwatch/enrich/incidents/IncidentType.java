package org.cpecwatch.enrich.incidents;

import java.util.EnumSet;
import java.util.Set;

/** What happened, from the most specific kind to the general one a report falls back on. */
public enum IncidentType {
    SUICIDE_ATTACK,
    BOMBING,
    SHOOTING,
    KIDNAPPING,
    THREAT_EXTORTION,
    CONVOY_ATTACK,
    SITE_ATTACK,
    ATTACK;

    /** Kinds of violence one report may name and another describe otherwise: a suicide bombing is a bombing. */
    private static final Set<IncidentType> VIOLENT = EnumSet.of(SUICIDE_ATTACK, BOMBING, SHOOTING, CONVOY_ATTACK,
            SITE_ATTACK, ATTACK);

    /**
     * Whether two reports could tell the same event. A bombing and a shooting can both be called "the attack", and an
     * attack on a convoy may be either; kidnappings and threats are other acts and only match their own kind.
     */
    public boolean compatibleWith(IncidentType other) {
        if (this == other) {
            return true;
        }
        if (!VIOLENT.contains(this) || !VIOLENT.contains(other)) {
            return false;
        }
        if (this == ATTACK || other == ATTACK || this == CONVOY_ATTACK || other == CONVOY_ATTACK
                || this == SITE_ATTACK || other == SITE_ATTACK) {
            return true;
        }
        return Set.of(this, other).equals(EnumSet.of(SUICIDE_ATTACK, BOMBING));
    }

    /** The more telling of two compatible kinds: enum order runs from specific to general. */
    public IncidentType moreSpecific(IncidentType other) {
        return ordinal() <= other.ordinal() ? this : other;
    }
}
