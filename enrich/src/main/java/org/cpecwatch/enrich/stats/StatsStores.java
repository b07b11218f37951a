package org.cpecwatch.enrich.stats;

import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.cpecwatch.schemas.serde.ArticleSerdes;

/**
 * The weekly statistics' state stores: the counts, which the application queries, and what each article and each
 * incident last contributed, so a record seen again replaces its contribution instead of adding to it.
 */
public final class StatsStores {

    /** {@code province@weekStart} to its counts; queryable. */
    public static final String COUNTS = "province-weekly-counts";
    /** Article id to the province-weeks it counts in. */
    public static final String ARTICLE_WEEKS = "province-weekly-article-weeks";
    /** Incident id to the province-week it counts in. */
    public static final String INCIDENT_WEEKS = "province-weekly-incident-weeks";

    private StatsStores() {
    }

    public static List<StoreBuilder<?>> builders() {
        return List.of(
                Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(COUNTS), Serdes.String(), ArticleSerdes.provinceWeek()),
                Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(ARTICLE_WEEKS), Serdes.String(), weekKeys()),
                Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(INCIDENT_WEEKS), Serdes.String(), weekKeys()));
    }

    /** The list class is only there to be instantiated when reading, so the raw-type cast cannot go wrong. */
    @SuppressWarnings("unchecked")
    public static Serde<List<String>> weekKeys() {
        Class<ArrayList<String>> listClass = (Class<ArrayList<String>>) (Class<?>) ArrayList.class;
        return Serdes.ListSerde(listClass, Serdes.String());
    }
}
