package org.cpecwatch.app.ops;

import java.time.Clock;
import java.time.Duration;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.cpecwatch.schemas.avro.EnrichedArticle;
import org.cpecwatch.schemas.avro.Incident;
import org.cpecwatch.schemas.avro.ProvinceWeek;
import org.cpecwatch.sink.SinkListener;

/**
 * Counts the rows the sink stores and its dead letters, and times each article from the moment ingest read its file
 * (the record's {@code ingestedAt}) to its committed row; then passes every call on to the host's own listener.
 */
final class SinkMeters implements SinkListener {

    private final SinkListener next;
    private final Clock clock;
    private final Counter articles;
    private final Counter incidents;
    private final Counter weeks;
    private final Counter deadLetters;
    private final Timer dropToRow;

    SinkMeters(MeterRegistry registry, Clock clock, SinkListener next) {
        this.next = next;
        this.clock = clock;
        String rows = "cpecwatch.sink.rows.stored";
        String rowsHelp = "Rows the sink committed to the database";
        this.articles = Counter.builder(rows).tag("table", "articles").description(rowsHelp).register(registry);
        this.incidents = Counter.builder(rows).tag("table", "incidents").description(rowsHelp).register(registry);
        this.weeks = Counter.builder(rows).tag("table", "province_weeks").description(rowsHelp).register(registry);
        this.deadLetters = DeadLetterMeter.counter(registry, "sink");
        this.dropToRow = Timer.builder("cpecwatch.drop.to.row")
                .description("From ingest reading the file to the article's row committed (replays count again)")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(10))
                .maximumExpectedValue(Duration.ofMinutes(30))
                .register(registry);
    }

    @Override
    public void stored(EnrichedArticle article) {
        articles.increment();
        Duration latency = Duration.between(article.getIngestedAt(), clock.instant());
        dropToRow.record(latency.isNegative() ? Duration.ZERO : latency);
        next.stored(article);
    }

    @Override
    public void incidentStored(Incident incident) {
        incidents.increment();
        next.incidentStored(incident);
    }

    @Override
    public void incidentRemoved(String id) {
        next.incidentRemoved(id);
    }

    @Override
    public void provinceWeekStored(ProvinceWeek week) {
        weeks.increment();
        next.provinceWeekStored(week);
    }

    @Override
    public void provinceWeekRemoved(String key) {
        next.provinceWeekRemoved(key);
    }

    @Override
    public void deadLettered(String topic, int partition, long offset, String reason) {
        deadLetters.increment();
        next.deadLettered(topic, partition, offset, reason);
    }
}
