package org.cpecwatch.enrich.dates;

import java.time.LocalDate;

/**
 * How much of a date an expression pins down. WEEK exists because "last week" is neither a day nor a month; its value
 * is the Monday that starts the week, so every value stays parseable as an ISO date.
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
}
