package org.cpecwatch.enrich.stats;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;

import org.cpecwatch.schemas.avro.Incident;

/**
 * The province-week an incident counts in: the week of its best date, in its province. Only a date known to the day
 * or the week can be placed; an incident known only to its month or year is in the register but in no week, since
 * spreading it over four weeks would invent incidents and putting it in the first would invent a date.
 */
public final class IncidentWeeks {

    private IncidentWeeks() {
    }

    public static Set<ProvinceWeekKey> of(Incident incident) {
        String province = incident.getProvince();
        String date = incident.getDate();
        if (province == null || province.isBlank() || date == null || !placeableInAWeek(incident.getDatePrecision(), date)) {
            return Set.of();
        }
        try {
            return Set.of(ProvinceWeekKey.containing(province.strip(), LocalDate.parse(date)));
        } catch (DateTimeParseException e) {
            return Set.of();
        }
    }

    private static boolean placeableInAWeek(String precision, String date) {
        return precision == null ? date.length() == 10 : "DAY".equals(precision) || "WEEK".equals(precision);
    }
}
