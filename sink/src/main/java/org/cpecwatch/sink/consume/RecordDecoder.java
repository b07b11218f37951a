package org.cpecwatch.sink.consume;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.cpecwatch.schemas.avro.EnrichedArticle;
import org.cpecwatch.schemas.avro.Incident;
import org.cpecwatch.schemas.avro.ProvinceWeek;
import org.cpecwatch.schemas.kafka.KafkaConnection;
import org.cpecwatch.schemas.serde.ArticleSerdes;
import org.cpecwatch.schemas.topic.Topics;
import org.cpecwatch.sink.store.IncidentChange;
import org.cpecwatch.sink.store.ProvinceWeekChange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a record of any topic the sink reads into an {@link Item}. On {@code incidents} and
 * {@code stats.province-weekly} a null value is a tombstone, the removal of what its key names; on
 * {@code articles.enriched}, and for a value that does not decode, the item is unreadable.
 */
public final class RecordDecoder {

    private static final Logger LOG = LoggerFactory.getLogger(RecordDecoder.class);

    private final Deserializer<EnrichedArticle> articles;
    private final Deserializer<Incident> incidents;
    private final Deserializer<ProvinceWeek> weeks;

    /** In the default wire format, single-object encoding. */
    public RecordDecoder() {
        this(ArticleSerdes.enriched(), ArticleSerdes.incident(), ArticleSerdes.provinceWeek());
    }

    public RecordDecoder(Deserializer<EnrichedArticle> articles, Deserializer<Incident> incidents,
                         Deserializer<ProvinceWeek> weeks) {
        this.articles = articles;
        this.incidents = incidents;
        this.weeks = weeks;
    }

    /** In the wire format the connection carries. */
    public static RecordDecoder of(KafkaConnection kafka) {
        return new RecordDecoder(Topics.enriched(kafka).valueSerde().deserializer(),
                Topics.incidents(kafka).valueSerde().deserializer(),
                Topics.provinceWeeks(kafka).valueSerde().deserializer());
    }

    public Item decode(ConsumerRecord<String, byte[]> record) {
        try {
            return switch (record.topic()) {
                case Topics.ENRICHED -> article(record);
                case Topics.INCIDENTS -> incident(record);
                case Topics.PROVINCE_WEEKS -> week(record);
                default -> Item.unreadable(record);
            };
        } catch (SerializationException | IllegalArgumentException e) {
            LOG.warn("unreadable record {}-{}@{}: {}", record.topic(), record.partition(), record.offset(), e.getMessage());
            return Item.unreadable(record);
        }
    }

    /** The record type a topic carries, for the dead letter of one that is not. */
    public static String expectedType(String topic) {
        return switch (topic) {
            case Topics.INCIDENTS -> Incident.class.getSimpleName();
            case Topics.PROVINCE_WEEKS -> ProvinceWeek.class.getSimpleName();
            default -> EnrichedArticle.class.getSimpleName();
        };
    }

    private Item article(ConsumerRecord<String, byte[]> record) {
        EnrichedArticle article = articles.deserialize(record.topic(), record.headers(), record.value());
        return article == null ? Item.unreadable(record) : Item.article(record, article);
    }

    /** The key is the incident id; a record whose id is another (or that has no key) cannot be kept consistently. */
    private Item incident(ConsumerRecord<String, byte[]> record) {
        if (record.key() == null) {
            return Item.unreadable(record);
        }
        if (record.value() == null) {
            return Item.incident(record, IncidentChange.removed(record.key()));
        }
        Incident incident = incidents.deserialize(record.topic(), record.headers(), record.value());
        return Item.incident(record, new IncidentChange(record.key(), incident));
    }

    /** The key names the province and week; a record whose counts are of another (or that has no key) is refused. */
    private Item week(ConsumerRecord<String, byte[]> record) {
        if (record.key() == null) {
            return Item.unreadable(record);
        }
        if (record.value() == null) {
            return Item.week(record, ProvinceWeekChange.removed(record.key()));
        }
        ProvinceWeek week = weeks.deserialize(record.topic(), record.headers(), record.value());
        return week == null ? Item.unreadable(record) : Item.week(record, ProvinceWeekChange.of(record.key(), week));
    }
}
