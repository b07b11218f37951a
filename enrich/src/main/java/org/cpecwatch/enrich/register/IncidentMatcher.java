package org.cpecwatch.enrich.register;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

import org.cpecwatch.enrich.incidents.IncidentDate;
import org.cpecwatch.enrich.incidents.IncidentType;
import org.cpecwatch.schemas.avro.Incident;
import org.cpecwatch.schemas.avro.IncidentMention;
import org.cpecwatch.schemas.avro.IncidentReport;

/**
 * Whether a mention tells an event the register already holds, and how sure that is. The same event needs a type
 * every report can share and the same city; then either dates that agree at their precision, or the same named site
 * within a year (an article misdating a well-known attack), or, when a date is unknown, a second fact that agrees.
 * A shared province alone is weak: it also needs agreeing dates and a second fact. Two different named sites are
 * two places, whatever else agrees. Without city and province a mention cannot be placed and joins nothing.
 */
final class IncidentMatcher {

    static final int CITY_DATE_AND_FACT = 5;
    static final int CITY_AND_DATE = 4;
    static final int CITY_AND_SITE = 3;
    static final int CITY_AND_FACT = 2;
    static final int PROVINCE_DATE_AND_FACT = 1;
    /** A site is attacked more than once, but an article rarely misdates a known attack by more than a year. */
    static final long SITE_WINDOW_DAYS = 366;

    private IncidentMatcher() {
    }

    /** Empty when the mention cannot be the incident; otherwise the higher, the stronger the evidence. */
    static OptionalInt strength(IncidentMention m, Incident incident) {
        if (incident.getReports().isEmpty() || !typesAgree(m, incident) || otherSite(m, incident)) {
            return OptionalInt.empty();
        }
        Optional<IncidentDate> mine = IncidentDate.of(m.getDate(), m.getDatePrecision());
        Optional<IncidentDate> theirs = IncidentDate.of(incident.getDate(), incident.getDatePrecision());
        boolean bothDated = mine.isPresent() && theirs.isPresent();
        boolean datesAgree = bothDated && mine.get().compatibleWith(theirs.get());
        boolean sameSite = sameSite(m, incident);
        boolean corroborated = sameSite || sameKilled(m, incident) || samePerpetrator(m, incident);
        return switch (PlaceKey.of(m).compare(PlaceKey.of(incident))) {
            case SAME_CITY -> {
                if (datesAgree) {
                    yield OptionalInt.of(corroborated ? CITY_DATE_AND_FACT : CITY_AND_DATE);
                }
                if (bothDated) {
                    yield sameSite && mine.get().gapDays(theirs.get()) <= SITE_WINDOW_DAYS
                            ? OptionalInt.of(CITY_AND_SITE) : OptionalInt.empty();
                }
                yield corroborated ? OptionalInt.of(CITY_AND_FACT) : OptionalInt.empty();
            }
            case SAME_PROVINCE -> datesAgree && corroborated ? OptionalInt.of(PROVINCE_DATE_AND_FACT) : OptionalInt.empty();
            case CONFLICT, UNKNOWN -> OptionalInt.empty();
        };
    }

    private static boolean typesAgree(IncidentMention m, Incident incident) {
        return incident.getReports().stream().allMatch(r -> IncidentType.compatible(m.getType(), r.getMention().getType()));
    }

    private static boolean sameSite(IncidentMention m, Incident incident) {
        return isSite(m) && incident.getReports().stream().map(IncidentReport::getMention)
                .anyMatch(other -> isSite(other) && Objects.equals(Names.normal(m.getPlace()),
                        Names.normal(other.getPlace())));
    }

    /** The airport and the university are both in Karachi, but an attack on one is not an attack on the other. */
    private static boolean otherSite(IncidentMention m, Incident incident) {
        return isSite(m) && incident.getReports().stream().map(IncidentReport::getMention).anyMatch(IncidentMatcher::isSite)
                && !sameSite(m, incident);
    }

    /** Zero dead is too common a count to tell two events apart. */
    private static boolean sameKilled(IncidentMention m, Incident incident) {
        return m.getKilled() != null && m.getKilled() > 0 && anyReport(incident, IncidentMention::getKilled, m.getKilled());
    }

    private static boolean samePerpetrator(IncidentMention m, Incident incident) {
        String perpetrator = Names.normal(m.getPerpetrator());
        return perpetrator != null && anyReport(incident, r -> Names.normal(r.getPerpetrator()), perpetrator);
    }

    private static <T> boolean anyReport(Incident incident, Function<IncidentMention, T> field, T value) {
        return incident.getReports().stream().anyMatch(r -> value.equals(field.apply(r.getMention())));
    }

    private static boolean isSite(IncidentMention m) {
        return Names.normal(m.getPlace()) != null && PlaceKey.precisionRank(m.getPlacePrecision()) == 0;
    }
}
