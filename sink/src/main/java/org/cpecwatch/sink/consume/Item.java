package org.cpecwatch.sink.consume;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.cpecwatch.schemas.avro.EnrichedArticle;

/**
 * A consumed record and the article it decoded to; the article is null when the record could not be decoded, and
 * {@code deadLettered} says its dead letter is already written.
 */
public record Item(ConsumerRecord<String, byte[]> record, EnrichedArticle article, boolean deadLettered) {

    public Item settled() {
        return article == null ? new Item(record, null, true) : this;
    }
}
