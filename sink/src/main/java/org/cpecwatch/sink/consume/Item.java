package org.cpecwatch.sink.consume;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.cpecwatch.schemas.avro.EnrichedArticle;
import org.cpecwatch.sink.store.IncidentChange;

/**
 * A consumed record and what it decoded to: an article (from {@code articles.enriched}) or an incident change (from
 * {@code incidents}). Both are null when the record could not be decoded, and {@code deadLettered} says its dead
 * letter is already written.
 */
public record Item(ConsumerRecord<String, byte[]> record, EnrichedArticle article, IncidentChange incident,
                   boolean deadLettered) {

    public static Item article(ConsumerRecord<String, byte[]> record, EnrichedArticle article) {
        return new Item(record, article, null, false);
    }

    public static Item incident(ConsumerRecord<String, byte[]> record, IncidentChange incident) {
        return new Item(record, null, incident, false);
    }

    public static Item unreadable(ConsumerRecord<String, byte[]> record) {
        return new Item(record, null, null, false);
    }

    public boolean readable() {
        return article != null || incident != null;
    }

    public Item settled() {
        return readable() ? this : new Item(record, null, null, true);
    }
}
