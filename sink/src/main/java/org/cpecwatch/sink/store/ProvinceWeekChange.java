package org.cpecwatch.sink.store;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;

import org.cpecwatch.schemas.avro.ProvinceWeek;

/**
 * One record of the compacted {@code stats.province-weekly} topic: the counts of a province and week as they now
 * stand, or their removal (a tombstone, where {@code week} is null). The key is {@code province@weekStart}, the form
 * enrich's {@code ProvinceWeekKey} writes; a tombstone carries nothing else to say which row it removes.
 */
public record ProvinceWeekChange(String province, String weekStart, ProvinceWeek week) {

    private static final char SEPARATOR = '@';

    public ProvinceWeekChange {
        Objects.requireNonNull(province, "province");
        Objects.requireNonNull(weekStart, "weekStart");
        if (week != null && !(province.equals(week.getProvince()) && weekStart.equals(week.getWeekStart()))) {
            throw new IllegalArgumentException("counts of " + week.getProvince() + SEPARATOR + week.getWeekStart()
                    + " do not match their key " + province + SEPARATOR + weekStart);
        }
    }

    /** The record under {@code key}: its counts, or its removal when {@code week} is null. */
    public static ProvinceWeekChange of(String key, ProvinceWeek week) {
        int at = key.lastIndexOf(SEPARATOR);
        if (at <= 0) {
            throw new IllegalArgumentException("expected province@yyyy-MM-dd, got " + key);
        }
        String weekStart = key.substring(at + 1);
        try {
            LocalDate.parse(weekStart);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("expected province@yyyy-MM-dd, got " + key, e);
        }
        return new ProvinceWeekChange(key.substring(0, at), weekStart, week);
    }

    public static ProvinceWeekChange stored(ProvinceWeek week) {
        return new ProvinceWeekChange(week.getProvince(), week.getWeekStart(), week);
    }

    public static ProvinceWeekChange removed(String key) {
        return of(key, null);
    }

    public boolean isRemoval() {
        return week == null;
    }

    public String key() {
        return province + SEPARATOR + weekStart;
    }
}
