package org.cpecwatch.sink.consume;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.cpecwatch.schemas.avro.EnrichedArticle;
import org.cpecwatch.sink.store.IncidentChange;
import org.cpecwatch.sink.store.ProvinceWeekChange;

/**
 * A consumed record and what it decoded to: an article (from {@code articles.enriched}), an incident change (from
 * {@code incidents}) or a change of weekly counts (from {@code stats.province-weekly}). All are null when the record
 * could not be decoded, and {@code deadLettered} says its dead letter is already written.
 */
public record Item(ConsumerRecord<String, byte[]> record, EnrichedArticle article, IncidentChange incident,
                   ProvinceWeekChange week, boolean deadLettered) {

    public static Item article(ConsumerRecord<String, byte[]> record, EnrichedArticle article) {
        return new Item(record, article, null, null, false);
    }

    public static Item incident(ConsumerRecord<String, byte[]> record, IncidentChange incident) {
        return new Item(record, null, incident, null, false);
    }

    public static Item week(ConsumerRecord<String, byte[]> record, ProvinceWeekChange week) {
        return new Item(record, null, null, week, false);
    }

    public static Item unreadable(ConsumerRecord<String, byte[]> record) {
        return new Item(record, null, null, null, false);
    }

    public boolean readable() {
        return article != null || incident != null || week != null;
    }

    public Item settled() {
        return readable() ? this : new Item(record, null, null, null, true);
    }
}
