package org.cpecwatch.enrich.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;

/**
 * Calendar arithmetic against the anchor (the publication date). News reports what has happened, so a date written
 * without its year, or a bare weekday, is taken as the latest such date on or before the anchor; only "next"
 * looks forward.
 */
final class AnchorCalendar {

    private AnchorCalendar() {
    }

    /** "November 14" in an article of 2025-03-02 is 2024-11-14; February 29 skips back to a leap year. */
    static LocalDate latestMonthDay(LocalDate anchor, MonthDay monthDay) {
        for (int year = anchor.getYear(); ; year--) {
            if (monthDay.isValidYear(year) && !monthDay.atYear(year).isAfter(anchor)) {
                return monthDay.atYear(year);
            }
        }
    }

    /** "in October" in an article of 2025-03-02 is 2024-10; in one of 2025-10-20 it is 2025-10. */
    static LocalDate latestMonth(LocalDate anchor, Month month) {
        LocalDate first = LocalDate.of(anchor.getYear(), month, 1);
        return first.isAfter(anchor) ? first.minusYears(1) : first;
    }

    /** "last May": a May wholly before the anchor's month. */
    static LocalDate previousMonth(LocalDate anchor, Month month) {
        LocalDate first = LocalDate.of(anchor.getYear(), month, 1);
        return first.isBefore(anchor.withDayOfMonth(1)) ? first : first.minusYears(1);
    }

    /**
     * Wire-service style, as in the corpus: an agency story dated Monday that says "on Monday" means that Monday (AP
     * style writes the weekday where others would write "today"), and any other weekday is the latest one before it.
     */
    static LocalDate weekdayOnOrBefore(LocalDate anchor, DayOfWeek day) {
        return anchor.with(TemporalAdjusters.previousOrSame(day));
    }

    /** "last Tuesday": strictly before the anchor, a week back when the anchor is itself a Tuesday. */
    static LocalDate weekdayBefore(LocalDate anchor, DayOfWeek day) {
        return anchor.with(TemporalAdjusters.previous(day));
    }

    /** "next May": the first May after the anchor's month. */
    static LocalDate followingMonth(LocalDate anchor, Month month) {
        LocalDate first = LocalDate.of(anchor.getYear(), month, 1);
        return first.isAfter(anchor) ? first : first.plusYears(1);
    }

    static LocalDate weekdayAfter(LocalDate anchor, DayOfWeek day) {
        return anchor.with(TemporalAdjusters.next(day));
    }

    /** The Monday that starts the week containing the date: the value of a WEEK-precision mention. */
    static LocalDate weekStart(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    static LocalDate monthStart(LocalDate date) {
        return date.withDayOfMonth(1);
    }

    static LocalDate yearStart(LocalDate date) {
        return date.withDayOfYear(1);
    }
}
