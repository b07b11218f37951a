package org.cpecwatch.enrich.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.cpecwatch.schemas.dates.DatePrecision;
import org.junit.jupiter.api.Test;

class RelativeDateMentionsTest {

    private static final Optional<LocalDate> MONDAY_7_OCT_2024 = Optional.of(LocalDate.of(2024, 10, 7));
    private static final Optional<LocalDate> WEDNESDAY_6_NOV_2024 = Optional.of(LocalDate.of(2024, 11, 6));

    private static DateMention only(String text, Optional<LocalDate> anchor) {
        List<DateMention> found = DateMentionFinder.find(text, anchor);
        assertEquals(1, found.size(), () -> "mentions in '" + text + "': " + found);
        return found.get(0);
    }

    private static String value(String text, Optional<LocalDate> anchor) {
        return only(text, anchor).value().orElse("?");
    }

    @Test
    void shouldResolveOnTuesdayToThePrecedingTuesday() {
        assertEquals("2024-11-05", value("The spokesperson on Tuesday said", WEDNESDAY_6_NOV_2024));
    }

    @Test
    void shouldTakeTheAnchorsOwnWeekdayAsTheAnchorDayAsWireCopyDoes() {
        assertEquals("2024-10-07", value("ISLAMABAD (APP): The President on Monday condemned", MONDAY_7_OCT_2024));
    }

    @Test
    void shouldResolveSundayNightToTheSundayBeforeAMondayAnchor() {
        DateMention mention = only("the blast near Karachi airport on Sunday night", MONDAY_7_OCT_2024);
        assertEquals("Sunday night", mention.text());
        assertEquals("2024-10-06", mention.value().orElseThrow());
        assertTrue(mention.relative());
    }

    @Test
    void shouldPutLastAndNextWeekdaysStrictlyBeforeAndAfterTheAnchor() {
        assertEquals("2024-09-30", value("last Monday", MONDAY_7_OCT_2024));
        assertEquals("2024-10-14", value("next Monday", MONDAY_7_OCT_2024));
    }

    @Test
    void shouldResolveTodayYesterdayAndTheirVariants() {
        assertEquals("2024-11-06", value("This morning two nationals were injured", WEDNESDAY_6_NOV_2024));
        assertEquals("2024-11-06", value("a rally tonight", WEDNESDAY_6_NOV_2024));
        assertEquals("2024-11-05", value("a firing incident in Karachi yesterday", WEDNESDAY_6_NOV_2024));
        assertEquals("2024-11-05", value("after last night's attack", WEDNESDAY_6_NOV_2024));
        assertEquals("2024-11-04", value("the day before yesterday", WEDNESDAY_6_NOV_2024));
        assertEquals("2024-11-05", value("Police had been warned a day earlier.", WEDNESDAY_6_NOV_2024));
    }

    @Test
    void shouldResolveLastMonthAndLastYearAtTheirPrecision() {
        DateMention month = only("the attack last month", WEDNESDAY_6_NOV_2024);
        assertEquals("2024-10", month.value().orElseThrow());
        assertEquals(DatePrecision.MONTH, month.precision());
        DateMention year = only("since last year", WEDNESDAY_6_NOV_2024);
        assertEquals("2023", year.value().orElseThrow());
        assertEquals(DatePrecision.YEAR, year.precision());
        assertEquals("2024-11", value("earlier this month", WEDNESDAY_6_NOV_2024));
        assertEquals("2024", value("earlier this year", WEDNESDAY_6_NOV_2024));
    }

    @Test
    void shouldGiveLastWeekWeekPrecisionStartingOnItsMonday() {
        DateMention week = only("talks held last week", WEDNESDAY_6_NOV_2024);
        assertEquals("2024-10-28", week.value().orElseThrow());
        assertEquals(DatePrecision.WEEK, week.precision());
    }

    @Test
    void shouldCountBackNDaysWeeksMonthsAgo() {
        assertEquals("2024-11-04", value("two days ago", WEDNESDAY_6_NOV_2024));
        assertEquals("2024-10-28", value("a week ago", WEDNESDAY_6_NOV_2024));
        assertEquals("2024-08", value("three months ago", WEDNESDAY_6_NOV_2024));
        assertEquals("2014", value("10 years ago", WEDNESDAY_6_NOV_2024));
    }

    @Test
    void shouldFindRelativeWordsButLeaveThemUnresolvedWithoutAnAnchor() {
        DateMention mention = only("the attack yesterday", Optional.empty());
        assertEquals("yesterday", mention.text());
        assertEquals(Optional.empty(), mention.value());
        assertEquals(DatePrecision.DAY, mention.precision());
    }

    @Test
    void shouldNotTakeNewspapersAndNamedDaysForDates() {
        String text = "The Friday Times and Pakistan Today reported it; shops cut prices for Black Friday.";
        assertEquals(List.of(), DateMentionFinder.find(text, WEDNESDAY_6_NOV_2024));
    }

    @Test
    void shouldNotTakeTheLastYearAsTheCalendarYearBefore() {
        assertEquals(List.of(), DateMentionFinder.find("attacks over the last year", WEDNESDAY_6_NOV_2024));
    }

    @Test
    void shouldResolveEveryMentionOfAWireStoryAgainstItsDateline() {
        String text = "ISLAMABAD, Oct 07 (APP): President Asif Ali Zardari on Monday condemned the blast near Karachi "
                + "airport on Sunday night.";
        List<String> values = DateMentionFinder.find(text, MONDAY_7_OCT_2024).stream()
                .map(m -> m.text() + "=" + m.value().orElse("?")).toList();
        assertEquals(List.of("Oct 07=2024-10-07", "Monday=2024-10-07", "Sunday night=2024-10-06"), values);
    }
}
