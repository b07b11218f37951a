package org.cpecwatch.enrich.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.cpecwatch.schemas.avro.EnrichedArticle;
import org.cpecwatch.schemas.avro.Incident;
import org.cpecwatch.schemas.avro.ProvinceWeek;

/**
 * Keeps one column of the weekly counts per province: each record (an article or an incident, by id) takes back what
 * its previous version contributed and adds what it contributes now, so re-enrichment and replays never count twice;
 * a null value takes its contribution back. Forwards every province-week whose counts changed, a tombstone when both
 * counts fall to zero.
 *
 * <p>Plain key-value stores keyed by {@code province@weekStart}, not {@code TimeWindows}: a week here is the week an
 * article was published or an incident happened, often years before stream time, so windows would have closed long
 * before; and windowed aggregation cannot take a record's previous contribution back when it comes again.
 */
public final class ProvinceWeekProcessor<V> implements Processor<String, V, String, ProvinceWeek> {

    private final String contributionStore;
    private final Function<V, Set<ProvinceWeekKey>> weeksOf;
    private final WeeklyColumn column;
    private ProcessorContext<String, ProvinceWeek> context;
    private KeyValueStore<String, ProvinceWeek> counts;
    private KeyValueStore<String, List<String>> contributions;

    private ProvinceWeekProcessor(String contributionStore, Function<V, Set<ProvinceWeekKey>> weeksOf, WeeklyColumn column) {
        this.contributionStore = contributionStore;
        this.weeksOf = weeksOf;
        this.column = column;
    }

    /** Relevant articles by the week they were published; stores {@link StatsStores#COUNTS} and ARTICLE_WEEKS. */
    public static ProvinceWeekProcessor<EnrichedArticle> articles() {
        return new ProvinceWeekProcessor<>(StatsStores.ARTICLE_WEEKS, ArticleWeeks::of, WeeklyColumn.RELEVANT_ARTICLES);
    }

    /** Incidents by the week they happened; stores {@link StatsStores#COUNTS} and INCIDENT_WEEKS. */
    public static ProvinceWeekProcessor<Incident> incidents() {
        return new ProvinceWeekProcessor<>(StatsStores.INCIDENT_WEEKS, IncidentWeeks::of, WeeklyColumn.INCIDENTS);
    }

    @Override
    public void init(ProcessorContext<String, ProvinceWeek> context) {
        this.context = context;
        this.counts = context.getStateStore(StatsStores.COUNTS);
        this.contributions = context.getStateStore(contributionStore);
    }

    @Override
    public void process(Record<String, V> record) {
        List<String> before = contributions.get(record.key());
        List<String> previous = before == null ? List.of() : before;
        List<String> now = record.value() == null ? List.of()
                : weeksOf.apply(record.value()).stream().map(ProvinceWeekKey::text).toList();
        previous.stream().filter(week -> !now.contains(week)).forEach(week -> count(week, -1, record));
        now.stream().filter(week -> !previous.contains(week)).forEach(week -> count(week, +1, record));
        if (now.isEmpty() && before != null) {
            contributions.delete(record.key());
        } else if (!now.isEmpty() && !now.equals(previous)) {
            contributions.put(record.key(), new ArrayList<>(now));
        }
    }

    private void count(String week, long delta, Record<String, V> cause) {
        ProvinceWeek next = column.add(counts.get(week), ProvinceWeekKey.parse(week), delta).orElse(null);
        if (next == null) {
            counts.delete(week);
        } else {
            counts.put(week, next);
        }
        context.forward(cause.withKey(week).withValue(next));
    }
}
