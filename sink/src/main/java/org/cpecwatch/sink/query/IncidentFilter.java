package org.cpecwatch.sink.query;

import java.time.LocalDate;

/**
 * Which incidents to list; every criterion is optional (null) and they combine with AND.
 *
 * @param since    dated on or after this day (a month- or year-precision date counts when its span reaches it)
 * @param until    dated on or before this day (likewise)
 * @param province in this province (any case)
 * @param type     of this type exactly ({@code BOMBING}, any case); a suicide attack is not listed as a bombing
 * @param limit    at most this many, newest first; null for all
 */
public record IncidentFilter(LocalDate since, LocalDate until, String province, String type, Integer limit) {

    public static final IncidentFilter ALL = new IncidentFilter(null, null, null, null, null);

    public IncidentFilter {
        if (limit != null && limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
        if (since != null && until != null && since.isAfter(until)) {
            throw new IllegalArgumentException("since " + since + " is after until " + until);
        }
    }

    public IncidentFilter(LocalDate since, String province, Integer limit) {
        this(since, null, province, null, limit);
    }
}
