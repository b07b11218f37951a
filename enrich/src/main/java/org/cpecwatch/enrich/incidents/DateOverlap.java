package org.cpecwatch.enrich.incidents;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Dates at different precisions (2024-10-06, 2024-10, 2024) and whether they can name the same day. */
public final class DateOverlap {

    private DateOverlap() {
    }

    /** Days within one of each other, or one period containing the other ("2024-10" and "2024-10-06"). */
    public static boolean compatible(String a, String b) {
        if (a.length() == 10 && b.length() == 10) {
            Optional<LocalDate> x = firstDay(a);
            Optional<LocalDate> y = firstDay(b);
            return x.isPresent() && y.isPresent() && Math.abs(x.get().toEpochDay() - y.get().toEpochDay()) <= 1;
        }
        return a.startsWith(b) || b.startsWith(a);
    }

    /** The first day of an ISO date at any precision. */
    public static Optional<LocalDate> firstDay(String iso) {
        try {
            return Optional.of(switch (iso.length()) {
                case 4 -> LocalDate.of(Integer.parseInt(iso), 1, 1);
                case 7 -> LocalDate.parse(iso + "-01");
                default -> LocalDate.parse(iso);
            });
        } catch (DateTimeParseException | NumberFormatException notADate) {
            return Optional.empty();
        }
    }
}
