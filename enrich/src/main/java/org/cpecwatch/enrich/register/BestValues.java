package org.cpecwatch.enrich.register;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.cpecwatch.enrich.incidents.IncidentDate;
import org.cpecwatch.enrich.incidents.IncidentType;
import org.cpecwatch.schemas.avro.IncidentConflict;
import org.cpecwatch.schemas.avro.IncidentMention;
import org.cpecwatch.schemas.avro.IncidentReport;
import org.cpecwatch.schemas.dates.DatePrecision;

/** The best value of each field over an incident's reports, and the values some reports give instead. */
final class BestValues {

    /** A date with its precision: "2024-10-07" as a day and as the week starting on it are different claims. */
    record DateValue(String iso, String precision) {
        int rank() {
            return IncidentDate.of(iso, precision).map(d -> d.precision().ordinal())
                    .orElse(DatePrecision.values().length);
        }

        String text() {
            return "WEEK".equals(precision) ? iso + " (week)" : iso;
        }
    }

    /** A place with its precision, so that the most precise place wins whatever its name. */
    record PlaceValue(String place, String precision) {
        int rank() {
            return PlaceKey.precisionRank(precision);
        }
    }

    final ValueTally<String> types = new ValueTally<>(
            type -> -IncidentType.named(type).map(IncidentType::specificity).orElse(0));
    final ValueTally<DateValue> dates = new ValueTally<>(DateValue::rank);
    final ValueTally<PlaceValue> places = new ValueTally<>(PlaceValue::rank);
    final ValueTally<String> cities = ValueTally.unranked();
    final ValueTally<String> provinces = ValueTally.unranked();
    final ValueTally<Integer> killed = ValueTally.unranked();
    final ValueTally<Integer> injured = ValueTally.unranked();
    final ValueTally<String> perpetrators = ValueTally.unranked();
    final ValueTally<String> targets = ValueTally.unranked();
    private final List<IncidentReport> reports;

    BestValues(List<IncidentReport> reports) {
        this.reports = reports;
        for (IncidentReport report : reports) {
            IncidentMention m = report.getMention();
            String article = report.getArticleId();
            types.add(IncidentType.normal(m.getType()), article);
            dates.add(m.getDate() == null ? null : new DateValue(m.getDate(), upper(m.getDatePrecision())), article);
            places.add(m.getPlace() == null ? null : new PlaceValue(m.getPlace(), upper(m.getPlacePrecision())), article);
            cities.add(m.getCity(), article);
            provinces.add(m.getProvince(), article);
            killed.add(m.getKilled(), article);
            injured.add(m.getInjured(), article);
            perpetrators.add(m.getPerpetrator(), article);
            targets.add(m.getTarget(), article);
        }
    }

    /** The first report giving the best place: its city, province and coordinates go with that place. */
    Optional<IncidentMention> placeSource() {
        return places.best().flatMap(best -> reports.stream().map(IncidentReport::getMention)
                .filter(m -> best.equals(new PlaceValue(m.getPlace(), upper(m.getPlacePrecision())))).findFirst());
    }

    /** Every value of date, place, killed, injured and perpetrator other than the best one. */
    List<IncidentConflict> conflicts() {
        List<IncidentConflict> all = new ArrayList<>();
        all.addAll(dates.conflicts("date", DateValue::text));
        all.addAll(places.conflicts("place", PlaceValue::place));
        all.addAll(killed.conflicts("killed", String::valueOf));
        all.addAll(injured.conflicts("injured", String::valueOf));
        all.addAll(perpetrators.conflicts("perpetrator", p -> p));
        return all;
    }

    private static String upper(String precision) {
        return precision == null ? null : precision.strip().toUpperCase(Locale.ROOT);
    }
}
