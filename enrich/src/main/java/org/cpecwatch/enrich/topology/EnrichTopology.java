package org.cpecwatch.enrich.topology;

import java.util.function.Supplier;

import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.cpecwatch.enrich.Enrichment;
import org.cpecwatch.enrich.RecordSize;
import org.cpecwatch.enrich.stories.StoryProcessor;
import org.cpecwatch.enrich.stories.StoryStores;
import org.cpecwatch.schemas.avro.EnrichedArticle;
import org.cpecwatch.schemas.avro.Incident;
import org.cpecwatch.schemas.avro.ProvinceWeek;
import org.cpecwatch.schemas.avro.RawArticle;
import org.cpecwatch.schemas.topic.Topic;

/**
 * The enrich topology, built by a pure function so tests drive exactly what production runs. The enricher is asked
 * for on every article, so rules reloaded from their files apply from the next article on. Enriched articles pass
 * through one partition, where each is given its story, then go to their topic, the incident register and the
 * weekly statistics.
 */
public final class EnrichTopology {

    public static final String SOURCE = "read-raw-articles";
    public static final String ENRICH = "enrich-article";
    public static final String STORY = "assign-story";
    public static final String SINK = "write-enriched-articles";

    private EnrichTopology() {
    }

    /** The topic the running topology gives every enriched article its story from: where reprocessing writes. */
    public static String storyInputTopic(String applicationId) {
        return applicationId + "-" + RegisterTopology.ONE_PARTITION + "-repartition";
    }

    public static Topology build(Topic<String, RawArticle> raw, Topic<String, EnrichedArticle> enriched,
                                 Topic<String, Incident> incidents, Topic<String, ProvinceWeek> provinceWeeks,
                                 Supplier<? extends Enrichment> enricher) {
        StreamsBuilder builder = new StreamsBuilder();
        KStream<String, EnrichedArticle> articles = builder.stream(raw.name(),
                        Consumed.with(raw.keySerde(), raw.valueSerde()).withName(SOURCE))
                .mapValues(article -> RecordSize.require(enricher.get().enrich(article)), Named.as(ENRICH));
        // Stories and incidents are matched across all articles, so both read one single-partition copy.
        StoryStores.addTo(builder);
        KStream<String, EnrichedArticle> storied = RegisterTopology.onePartition(articles)
                .process(StoryProcessor::new, Named.as(STORY), StoryStores.names());
        storied.to(enriched.name(), Produced.with(enriched.keySerde(), enriched.valueSerde()).withName(SINK));
        RegisterTopology.attach(builder, storied, incidents, provinceWeeks);
        return builder.build();
    }
}
