package org.cpecwatch.enrich.register;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.cpecwatch.enrich.DevCorpusBacklog;
import org.cpecwatch.schemas.avro.EnrichedArticle;
import org.cpecwatch.schemas.avro.Incident;
import org.cpecwatch.schemas.serde.ArticleSerdes;
import org.junit.jupiter.api.Test;

/**
 * The incident register on the seeds and the dev corpus, fed in publication order, keeps the incidents it has
 * (resources/register/dev-corpus-incidents.txt: each incident's id, type, date and reporting articles): a change of
 * how the register is stored or bounded must not change which reports make one incident.
 */
class RegisterDevCorpusTest {

    private final MockProcessorContext<String, Incident> context = new MockProcessorContext<>();

    @Test
    void shouldResolveTheSeedsAndTheDevCorpusIntoTheSameIncidents() throws Exception {
        KeyValueStore<String, Incident> register = inMemory(IncidentStores.REGISTER, ArticleSerdes.incident());
        inMemory(IncidentStores.INDEX, IncidentStores.idList());
        inMemory(IncidentStores.BY_ARTICLE, IncidentStores.idList());
        IncidentRegisterProcessor processor = new IncidentRegisterProcessor();
        processor.init(context);
        for (EnrichedArticle article : DevCorpusBacklog.inPublicationOrder()) {
            processor.process(new Record<>(article.getId(), article, 0L));
        }
        List<String> incidents = new ArrayList<>();
        try (KeyValueIterator<String, Incident> all = register.all()) {
            all.forEachRemaining(kv -> incidents.add(kv.key + " " + kv.value.getType() + " " + kv.value.getDate()
                    + " " + String.join(",", kv.value.getArticleIds())));
        }
        assertEquals(DevCorpusBacklog.expected("/register/dev-corpus-incidents.txt"), incidents.stream().sorted().toList(),
                String.join("\n", incidents));
    }

    private <V> KeyValueStore<String, V> inMemory(String name, Serde<V> valueSerde) {
        KeyValueStore<String, V> store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(name), Serdes.String(),
                valueSerde).withLoggingDisabled().build();
        store.init(context.getStateStoreContext(), store);
        context.addStateStore(store);
        return store;
    }
}
