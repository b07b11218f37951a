package org.cpecwatch.sink.query;

import java.time.LocalDate;

/**
 * Which weekly counts to read; every criterion is optional (null) and they combine with AND.
 *
 * @param province only this province (any case)
 * @param since    weeks that end on or after this day (the week it falls in is included)
 * @param until    weeks that start on or before this day
 */
public record ProvinceWeekFilter(String province, LocalDate since, LocalDate until) {

    public static final ProvinceWeekFilter ALL = new ProvinceWeekFilter(null, null, null);

    public ProvinceWeekFilter {
        if (since != null && until != null && since.isAfter(until)) {
            throw new IllegalArgumentException("since " + since + " is after until " + until);
        }
    }
}
