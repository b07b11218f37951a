package org.cpecwatch.enrich.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The token-triggered finder against {@link ReferenceDateFinder}, which runs every pattern over the whole text. */
class DateMentionFinderReferenceTest {

    private static final List<Optional<LocalDate>> ANCHORS = List.of(Optional.empty(),
            Optional.of(LocalDate.of(2024, 10, 7)), Optional.of(LocalDate.of(2024, 2, 29)),
            Optional.of(LocalDate.of(2025, 1, 1)));

    /** Calendar words in several casings, cue words, numbers and the characters around them that the rules test. */
    private static final String[] PIECES = {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Nov.", "Sept.", "MAY", "may", "march", "NOVEMBER", "Nové", "Mayday", "Monday", "Tuesday", "Wednesday",
        "Thursday", "Friday", "Saturday", "Sunday", "FRIDAY", "friday", "Mondays", "Friday,", "in", "In", "since",
        "of", "during", "by", "until", "till", "from", "through", "before", "after", "early", "late", "mid", "mid-",
        "last", "Last", "this", "This", "next", "past", "previous", "earlier", "later", "the", "The", "day", "days",
        "week", "weeks", "month", "months", "year", "years", "ago", "Chicago", "yesterday", "Yesterday", "today",
        "Today", "tonight", "night", "morning", "afternoon", "evening", "a", "an", "one", "two", "three", "twelve",
        "Good", "Black", "Pakistan", "USA", "Times", "and", "or", "1", "5", "7", "14", "14th", "1st", "22nd", "31",
        "30", "29", "45", "2018", "2024", "1999", "2100", "20245", "2024-11-14", "2024-02-30", "12:30", "3.5", "5%",
        "2,000", "-", "\u2013", ",", ".", ";", ":", ")", "(", "_", "é", "5th", "x", "said", "officials",
    };
    private static final String[] GAPS = {" ", " ", " ", "  ", "\n", "\n\n", "", ", ", "-", "\t", " - "};

    @Test
    void shouldFindWhatTheWholeTextScanFindsInRandomCalendarText() {
        Random random = new Random(20260101L);
        for (int i = 0; i < 6000; i++) {
            StringBuilder text = new StringBuilder();
            int words = 1 + random.nextInt(30);
            for (int w = 0; w < words; w++) {
                text.append(PIECES[random.nextInt(PIECES.length)]).append(GAPS[random.nextInt(GAPS.length)]);
            }
            assertSame(text.toString(), ANCHORS.get(random.nextInt(ANCHORS.size())));
        }
    }

    @Test
    void shouldFindWhatTheWholeTextScanFindsInTheSeedsAndTheirReflowedVariants() throws IOException {
        int mentions = 0;
        for (String seed : seeds()) {
            for (String text : List.of(seed, seed.replaceAll("\\s+", " "), seed.replaceAll("([.!?])\\s+", "$1\n"))) {
                for (Optional<LocalDate> anchor : ANCHORS) {
                    mentions += assertSame(text, anchor);
                }
            }
        }
        assertTrue(mentions > 0, "the seeds mention dates");
    }

    @Test
    void shouldAgreeOnHandPickedEdges() {
        for (String text : List.of("", "5", "May", "on Friday", "the day before yesterday", "3 days ago, Chicago ago",
                "Friday, November 14, 2024", "since mid-2018", "Nov. 14", "14th of November last year",
                "a day earlier.", "the previous day", "USA Today", "Good Friday", "last night", "The Friday Times")) {
            for (Optional<LocalDate> anchor : ANCHORS) {
                assertSame(text, anchor);
            }
        }
    }

    private static int assertSame(String text, Optional<LocalDate> anchor) {
        List<DateMention> expected = ReferenceDateFinder.find(text, anchor);
        assertEquals(expected, DateMentionFinder.find(text, anchor), () -> "text: '" + text + "' anchor " + anchor);
        return expected.size();
    }

    private static List<String> seeds() throws IOException {
        List<String> texts = new ArrayList<>();
        for (String name : read("/seeds/index.txt").split("\\s+")) {
            if (!name.isBlank()) {
                texts.add(read("/seeds/" + name));
            }
        }
        assertEquals(5, texts.size());
        return texts;
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = DateMentionFinderReferenceTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
