package org.cpecwatch.enrich.register;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.cpecwatch.schemas.avro.EnrichedArticle;
import org.cpecwatch.schemas.avro.Incident;
import org.cpecwatch.schemas.avro.IncidentMention;
import org.cpecwatch.schemas.avro.RelevanceLabel;

/**
 * Files each enriched article's incident mentions in the register and forwards every incident that changed, keyed
 * by incident id; a deleted incident is forwarded as a tombstone. Needs every article in one task: an event's
 * reports come in articles with different keys.
 */
public final class IncidentRegisterProcessor implements Processor<String, EnrichedArticle, String, Incident> {

    private ProcessorContext<String, Incident> context;
    private KeyValueStore<String, Incident> incidents;
    private KeyValueStore<String, List<String>> index;
    private KeyValueStore<String, List<String>> byArticle;

    @Override
    public void init(ProcessorContext<String, Incident> context) {
        this.context = context;
        this.incidents = context.getStateStore(IncidentStores.REGISTER);
        this.index = context.getStateStore(IncidentStores.INDEX);
        this.byArticle = context.getStateStore(IncidentStores.BY_ARTICLE);
    }

    /**
     * A null article (a deleted one) takes its reports back like an article with no mentions, and so does one judged
     * not relevant: the register follows CPEC security, not every attack in the news (its mentions stay on the
     * enriched article).
     */
    @Override
    public void process(Record<String, EnrichedArticle> record) {
        EnrichedArticle article = record.value();
        List<IncidentMention> mentions = article == null
                || article.getRelevance().getLabel() == RelevanceLabel.NOT_RELEVANT ? List.of() : article.getIncidents();
        Instant reportedAt = article == null ? Instant.ofEpochMilli(record.timestamp()) : article.getIngestedAt();
        Instant updatedAt = article == null ? reportedAt : article.getEnrichedAt();
        ArticleResolution.Outcome outcome = ArticleResolution.resolve(record.key(), reportedAt, updatedAt, mentions,
                new StoredRegister());
        for (ArticleResolution.Change change : outcome.changes()) {
            Incident after = change.incident().orElse(null);
            reindex(change.id(), incidents.get(change.id()), after);
            if (after == null) {
                incidents.delete(change.id());
            } else {
                incidents.put(change.id(), after);
            }
            context.forward(record.withKey(change.id()).withValue(after));
        }
        if (outcome.articleIncidents().isEmpty()) {
            byArticle.delete(record.key());
        } else {
            byArticle.put(record.key(), outcome.articleIncidents());
        }
    }

    private void reindex(String id, Incident before, Incident after) {
        List<String> oldKeys = before == null ? List.of() : PlaceKey.of(before).indexKeys();
        List<String> newKeys = after == null ? List.of() : PlaceKey.of(after).indexKeys();
        for (String key : oldKeys) {
            if (!newKeys.contains(key)) {
                List<String> ids = new ArrayList<>(idsAt(key));
                ids.remove(id);
                if (ids.isEmpty()) {
                    index.delete(key);
                } else {
                    index.put(key, ids);
                }
            }
        }
        for (String key : newKeys) {
            if (!oldKeys.contains(key)) {
                List<String> ids = new ArrayList<>(idsAt(key));
                ids.add(id);
                index.put(key, ids);
            }
        }
    }

    private List<String> idsAt(String key) {
        List<String> ids = index.get(key);
        return ids == null ? List.of() : ids;
    }

    /** The stores as resolution reads them. */
    private final class StoredRegister implements ArticleResolution.Register {
        @Override
        public Optional<Incident> incident(String id) {
            return Optional.ofNullable(incidents.get(id));
        }

        @Override
        public Set<String> idsUnder(List<String> keys) {
            Set<String> ids = new LinkedHashSet<>();
            keys.forEach(key -> ids.addAll(idsAt(key)));
            return ids;
        }

        @Override
        public List<String> incidentsOf(String articleId) {
            List<String> ids = byArticle.get(articleId);
            return ids == null ? List.of() : ids;
        }
    }
}
