package org.cpecwatch.enrich.register;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
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

    /**
     * An incident no article has reported or re-enriched for this long leaves the register's stores: articles match
     * incidents within days or weeks, and a register that only grows would make every city's candidate list and the
     * restore after a restart grow with the years. It stays on the incidents topic and in the database as last told;
     * an article that reports it after that founds it again (with the same id when its founder is replayed).
     */
    static final Duration RETENTION = Duration.ofDays(180);
    /** How often the register looks for incidents past {@link #RETENTION}: a few thousand entries, read once. */
    static final Duration SWEEP_EVERY = Duration.ofHours(1);

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
        context.schedule(SWEEP_EVERY, PunctuationType.WALL_CLOCK_TIME, this::expire);
    }

    /** Removes, without a word downstream, the incidents last updated before {@code now} minus the retention. */
    void expire(long now) {
        Instant cutoff = Instant.ofEpochMilli(now).minus(RETENTION);
        List<Incident> old = new ArrayList<>();
        try (KeyValueIterator<String, Incident> all = incidents.all()) {
            all.forEachRemaining(entry -> {
                if (entry.value.getUpdatedAt().isBefore(cutoff)) {
                    old.add(entry.value);
                }
            });
        }
        for (Incident incident : old) {
            reindex(incident.getId(), incident, null);
            incidents.delete(incident.getId());
            for (String articleId : incident.getArticleIds()) {
                List<String> ids = byArticle.get(articleId);
                if (ids != null && ids.contains(incident.getId())) {
                    List<String> left = new ArrayList<>(ids);
                    left.remove(incident.getId());
                    if (left.isEmpty()) {
                        byArticle.delete(articleId);
                    } else {
                        byArticle.put(articleId, left);
                    }
                }
            }
        }
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
            // Most articles report no incident: a delete for each would be a tombstone in the changelog for each.
            if (byArticle.get(record.key()) != null) {
                byArticle.delete(record.key());
            }
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
