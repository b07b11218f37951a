package org.cpecwatch.enrich.stats;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** A province and the Monday its week starts on; as text {@code province@yyyy-MM-dd}, the key of the stats topic. */
public record ProvinceWeekKey(String province, LocalDate weekStart) {

    private static final char SEPARATOR = '@';

    public ProvinceWeekKey {
        if (weekStart.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("a week starts on a Monday, not on " + weekStart);
        }
    }

    /** The week {@code day} falls in, weeks starting on Monday as ISO 8601 has them. */
    public static ProvinceWeekKey containing(String province, LocalDate day) {
        return new ProvinceWeekKey(province, day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
    }

    public static ProvinceWeekKey parse(String text) {
        int at = text.lastIndexOf(SEPARATOR);
        if (at <= 0) {
            throw new IllegalArgumentException("expected province@yyyy-MM-dd, got " + text);
        }
        return new ProvinceWeekKey(text.substring(0, at), LocalDate.parse(text.substring(at + 1)));
    }

    public String text() {
        return province + SEPARATOR + weekStart;
    }
}
