package org.cpecwatch.schemas.dates;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * How much of a date a value pins down, from the finest to the coarsest. Enrich writes it beside every date it reads
 * and sink stores it; both stages read it here. WEEK exists because "last week" is neither a day nor a month; its
 * value is the Monday that starts the week, so every value stays parseable as an ISO date.
 */
public enum DatePrecision {
    DAY, WEEK, MONTH, YEAR;

    /** ISO text at this precision: yyyy-MM-dd (DAY and WEEK), yyyy-MM or yyyy. */
    public String format(LocalDate date) {
        return switch (this) {
            case DAY, WEEK -> date.toString();
            case MONTH -> date.toString().substring(0, 7);
            case YEAR -> date.toString().substring(0, 4);
        };
    }

    /**
     * The precision an ISO value shows by its length: yyyy-MM-dd, yyyy-MM or yyyy. A week looks like a day, so a
     * value whose precision was recorded beside it should be read with {@link #named} instead.
     */
    public static Optional<DatePrecision> ofIso(String iso) {
        if (iso == null) {
            return Optional.empty();
        }
        return switch (iso.strip().length()) {
            case 10 -> Optional.of(DAY);
            case 7 -> Optional.of(MONTH);
            case 4 -> Optional.of(YEAR);
            default -> Optional.empty();
        };
    }

    /** A precision as records carry it ("DAY", " month "); empty for a missing or unknown name, never a guess. */
    public static Optional<DatePrecision> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.strip().toUpperCase(Locale.ROOT);
        for (DatePrecision precision : values()) {
            if (precision.name().equals(wanted)) {
                return Optional.of(precision);
            }
        }
        return Optional.empty();
    }
}
