package org.cpecwatch.enrich.topology;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.cpecwatch.enrich.register.IncidentRegisterProcessor;
import org.cpecwatch.enrich.register.IncidentStores;
import org.cpecwatch.enrich.stats.ProvinceWeekProcessor;
import org.cpecwatch.enrich.stats.StatsStores;
import org.cpecwatch.schemas.avro.EnrichedArticle;
import org.cpecwatch.schemas.avro.Incident;
import org.cpecwatch.schemas.avro.ProvinceWeek;
import org.cpecwatch.schemas.serde.ArticleSerdes;
import org.cpecwatch.schemas.topic.Topic;

/**
 * The steps that need every enriched article in one task: the incident register (one event is told by articles
 * under different keys) and the weekly statistics, fed by articles and by the register's changes. They read one
 * single-partition copy of the enriched stream, which any later step of the same kind can read too.
 */
public final class RegisterTopology {

    public static final String ONE_PARTITION = "enriched-one-partition";
    public static final String RESOLVE = "resolve-incidents";
    public static final String WRITE_INCIDENTS = "write-incidents";
    public static final String COUNT_ARTICLES = "count-articles-by-province-week";
    public static final String COUNT_INCIDENTS = "count-incidents-by-province-week";
    public static final String MERGE_WEEKS = "merge-province-weeks";
    public static final String WRITE_WEEKS = "write-province-weeks";

    private RegisterTopology() {
    }

    /**
     * Every enriched article, keyed by article id, in one partition. An internal topic that only the pipeline reads
     * (and {@code reprocess} writes), so it stays in single-object encoding whatever the public topics' wire format.
     */
    public static KStream<String, EnrichedArticle> onePartition(KStream<String, EnrichedArticle> articles) {
        return articles.repartition(Repartitioned.<String, EnrichedArticle>as(ONE_PARTITION)
                .withKeySerde(Serdes.String()).withValueSerde(ArticleSerdes.enriched()).withNumberOfPartitions(1));
    }

    public static void attach(StreamsBuilder builder, KStream<String, EnrichedArticle> onePartition,
                              Topic<String, Incident> incidents, Topic<String, ProvinceWeek> provinceWeeks) {
        IncidentStores.builders().forEach(builder::addStateStore);
        StatsStores.builders().forEach(builder::addStateStore);
        KStream<String, Incident> changed = onePartition.process(IncidentRegisterProcessor::new, Named.as(RESOLVE),
                IncidentStores.names());
        changed.to(incidents.name(), Produced.with(incidents.keySerde(), incidents.valueSerde()).withName(WRITE_INCIDENTS));
        KStream<String, ProvinceWeek> byArticles = onePartition.process(ProvinceWeekProcessor::articles,
                Named.as(COUNT_ARTICLES), StatsStores.COUNTS, StatsStores.ARTICLE_WEEKS);
        KStream<String, ProvinceWeek> byIncidents = changed.process(ProvinceWeekProcessor::incidents,
                Named.as(COUNT_INCIDENTS), StatsStores.COUNTS, StatsStores.INCIDENT_WEEKS);
        byArticles.merge(byIncidents, Named.as(MERGE_WEEKS)).to(provinceWeeks.name(),
                Produced.with(provinceWeeks.keySerde(), provinceWeeks.valueSerde()).withName(WRITE_WEEKS));
    }
}
