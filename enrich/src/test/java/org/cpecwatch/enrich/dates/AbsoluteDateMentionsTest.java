package org.cpecwatch.enrich.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.cpecwatch.schemas.dates.DatePrecision;
import org.junit.jupiter.api.Test;

class AbsoluteDateMentionsTest {

    private static final Optional<LocalDate> WEDNESDAY_6_NOV_2024 = Optional.of(LocalDate.of(2024, 11, 6));

    private static List<String> values(String text, Optional<LocalDate> anchor) {
        return DateMentionFinder.find(text, anchor).stream().map(m -> m.value().orElse("?")).toList();
    }

    private static DateMention only(String text, Optional<LocalDate> anchor) {
        List<DateMention> found = DateMentionFinder.find(text, anchor);
        assertEquals(1, found.size(), () -> "mentions in '" + text + "': " + found);
        return found.get(0);
    }

    @Test
    void shouldReadFullDatesInTheUsualFormsWithoutAnAnchor() {
        assertEquals(List.of("2024-11-14", "2024-11-14", "2024-11-14", "2024-09-03"),
                values("On November 14, 2024 and 14 Nov 2024 and 2024-11-14, also Sept. 3rd, 2024.", Optional.empty()));
    }

    @Test
    void shouldGiveTheExactSpanAndMarkAbsoluteDatesAsNotRelative() {
        String text = "It happened on November 14, 2024 in Karachi.";
        DateMention mention = only(text, Optional.empty());
        assertEquals("November 14, 2024", mention.text());
        assertEquals(mention.text(), text.substring(mention.start(), mention.end()));
        assertEquals(DatePrecision.DAY, mention.precision());
        assertFalse(mention.relative());
    }

    @Test
    void shouldTakeTheWeekdayInFrontOfADateAsPartOfIt() {
        DateMention mention = only("Friday, November 15, 2024", WEDNESDAY_6_NOV_2024);
        assertEquals("2024-11-15", mention.value().orElseThrow());
        assertEquals(0, mention.start());
    }

    @Test
    void shouldResolveADayWithoutYearToTheLatestOneNotAfterTheAnchor() {
        assertEquals(List.of("2024-11-05", "2023-11-14", "2024-08-20"),
                values("Nov. 5 and 14th November and Aug 20", WEDNESDAY_6_NOV_2024));
    }

    @Test
    void shouldLeaveADayWithoutYearUnresolvedWithoutAnAnchor() {
        DateMention mention = only("ISLAMABAD, Nov 05 (APP): text", Optional.empty());
        assertEquals("Nov 05", mention.text());
        assertEquals(Optional.empty(), mention.value());
        assertEquals(DatePrecision.DAY, mention.precision());
    }

    @Test
    void shouldReadMonthsWithAndWithoutYearAtMonthPrecision() {
        assertEquals(List.of("2024-10", "2024-10", "2023-12"),
                values("in October 2024, in October, and since December", WEDNESDAY_6_NOV_2024));
        assertEquals(DatePrecision.MONTH, only("in October", WEDNESDAY_6_NOV_2024).precision());
        assertEquals("October", only("in October", WEDNESDAY_6_NOV_2024).text());
    }

    @Test
    void shouldTakeLastMayAsAMayBeforeTheAnchorMonth() {
        assertEquals("2024-05", only("since last May", WEDNESDAY_6_NOV_2024).value().orElseThrow());
        assertEquals("2023-11", only("last November", WEDNESDAY_6_NOV_2024).value().orElseThrow());
        assertTrue(only("last November", WEDNESDAY_6_NOV_2024).relative());
    }

    @Test
    void shouldReadAYearOnlyAfterACue() {
        DateMention mention = only("The convoy was attacked in 2018 near Dalbandin.", Optional.empty());
        assertEquals("2018", mention.value().orElseThrow());
        assertEquals(DatePrecision.YEAR, mention.precision());
        assertEquals(List.of(), DateMentionFinder.find("Police counted 2018 votes and 2019 people.", Optional.empty()));
    }

    @Test
    void shouldNotTakeTheModalMayOrTheNounMarchForAMonth() {
        String text = "He may be late. May Allah bless them. The long march went on; the Long March ended. "
                + "Protesters may march to the Mayor.";
        assertEquals(List.of(), DateMentionFinder.find(text, WEDNESDAY_6_NOV_2024));
    }

    @Test
    void shouldStillReadMayAndMarchAsMonthsWithADayAYearOrACue() {
        assertEquals(List.of("2023-05-09", "2024-03", "2024-05"),
                values("the riots of May 9, 2023; in March 2024; since May", WEDNESDAY_6_NOV_2024));
    }

    @Test
    void shouldIgnoreImpossibleDatesNumbersAndTimes() {
        assertEquals(List.of(), DateMentionFinder.find("February 30, 2024 and 31 April", WEDNESDAY_6_NOV_2024));
        assertEquals(List.of(), DateMentionFinder.find("March 10:30 and 2024-13-01", WEDNESDAY_6_NOV_2024));
    }

    @Test
    void shouldResolveFebruary29ToALeapYear() {
        assertEquals("2024-02-29", only("on Feb 29", Optional.of(LocalDate.of(2025, 6, 1))).value().orElseThrow());
    }

    @Test
    void shouldReadADayRangeWithItsYearAsTheFirstDay() {
        DateMention mention = only("hosted by Pakistan on October 15-16, 2024, she said", WEDNESDAY_6_NOV_2024);
        assertEquals("October 15-16, 2024", mention.text());
        assertEquals("2024-10-15", mention.value().orElseThrow());
    }

    @Test
    void shouldLeaveTheFullStopAfterAFullMonthNameOutOfTheSpan() {
        assertEquals("July", only("It was won in July. Then", WEDNESDAY_6_NOV_2024).text());
        assertEquals("Nov.", only("since Nov. and", WEDNESDAY_6_NOV_2024).text());
    }

    @Test
    void shouldPutADayOrMonthGivenWithLastYearInTheYearBeforeTheAnchor() {
        Optional<LocalDate> july2025 = Optional.of(LocalDate.of(2025, 7, 28));
        DateMention day = only("On November 5 last year, two Chinese nationals were shot", july2025);
        assertEquals("November 5 last year", day.text());
        assertEquals("2024-11-05", day.value().orElseThrow());
        assertTrue(day.relative());
        assertEquals("2024-05", only("In May last year, seven barbers were shot", july2025).value().orElseThrow());
        assertEquals("2025-03", only("in March this year", july2025).value().orElseThrow());
    }
}
