package org.cpecwatch.enrich.register;

import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.cpecwatch.schemas.avro.Incident;
import org.cpecwatch.schemas.serde.ArticleSerdes;

/**
 * The register's state stores. Named, because a renamed store starts empty; persistent and changelogged (the
 * default), so a lost state directory is restored from Kafka instead of rebuilt from nothing.
 */
public final class IncidentStores {

    /** Incident id to incident: the register itself. */
    public static final String REGISTER = "incident-register";
    /** "city:karachi" or "province:sindh" to the ids of the incidents there: where a mention looks for matches. */
    public static final String INDEX = "incident-index";
    /** Article id to the incidents it reports: what a re-enriched article takes back. */
    public static final String BY_ARTICLE = "incident-by-article";

    private IncidentStores() {
    }

    public static List<StoreBuilder<?>> builders() {
        return List.of(
                Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(REGISTER), Serdes.String(), ArticleSerdes.incident()),
                Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(INDEX), Serdes.String(), idList()),
                Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(BY_ARTICLE), Serdes.String(), idList()));
    }

    public static String[] names() {
        return new String[] {REGISTER, INDEX, BY_ARTICLE};
    }

    /** The list class is only there to be instantiated when reading, so the raw-type cast cannot go wrong. */
    @SuppressWarnings("unchecked")
    public static Serde<List<String>> idList() {
        Class<ArrayList<String>> listClass = (Class<ArrayList<String>>) (Class<?>) ArrayList.class;
        return Serdes.ListSerde(listClass, Serdes.String());
    }
}
