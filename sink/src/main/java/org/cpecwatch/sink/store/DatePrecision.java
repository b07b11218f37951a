package org.cpecwatch.sink.store;

/** How precise a published date is, from its ISO form: yyyy-MM-dd, yyyy-MM or yyyy. */
final class DatePrecision {

    private DatePrecision() {
    }

    static String of(String isoDate) {
        if (isoDate == null) {
            return null;
        }
        return switch (isoDate.length()) {
            case 10 -> "DAY";
            case 7 -> "MONTH";
            case 4 -> "YEAR";
            default -> null;
        };
    }
}
