package org.cpecwatch.schemas.topic;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.cpecwatch.schemas.avro.DeadLetter;
import org.cpecwatch.schemas.avro.EnrichedArticle;
import org.cpecwatch.schemas.avro.Incident;
import org.cpecwatch.schemas.avro.ProvinceWeek;
import org.cpecwatch.schemas.avro.RawArticle;
import org.cpecwatch.schemas.kafka.KafkaConnection;
import org.cpecwatch.schemas.serde.ArticleSerdes;

/**
 * Every topic of the pipeline, in one place. Keys are article ids (SHA-256 hex of the text). The methods without an
 * argument give the default wire format (single-object encoding); those taking the {@link KafkaConnection} give the
 * format it carries ({@code --serde}). The dead letters stay single-object in every format: their envelope is the
 * pipeline's own, and the failed record's bytes inside it are kept as they were.
 */
public final class Topics {

    public static final String RAW = "articles.raw";
    public static final String ENRICHED = "articles.enriched";
    public static final String DEAD_LETTERS = "articles.dlq";
    public static final String INCIDENTS = "incidents";
    public static final String PROVINCE_WEEKS = "stats.province-weekly";

    private static final int ARTICLE_PARTITIONS = 3;

    private Topics() {
    }

    /** Kept forever: the raw topic is what a new ruleset is replayed from. */
    public static Topic<String, RawArticle> raw() {
        return raw(ArticleSerdes.raw());
    }

    public static Topic<String, RawArticle> raw(KafkaConnection kafka) {
        return raw(kafka.serde(RawArticle.class));
    }

    private static Topic<String, RawArticle> raw(Serde<RawArticle> values) {
        return new Topic<>(RAW, Serdes.String(), values, ARTICLE_PARTITIONS,
                TopicConfig.CLEANUP_POLICY_DELETE, Optional.empty());
    }

    /** Compacted: re-enriching an article replaces its previous version for new readers. */
    public static Topic<String, EnrichedArticle> enriched() {
        return enriched(ArticleSerdes.enriched());
    }

    public static Topic<String, EnrichedArticle> enriched(KafkaConnection kafka) {
        return enriched(kafka.serde(EnrichedArticle.class));
    }

    private static Topic<String, EnrichedArticle> enriched(Serde<EnrichedArticle> values) {
        return new Topic<>(ENRICHED, Serdes.String(), values, ARTICLE_PARTITIONS,
                TopicConfig.CLEANUP_POLICY_COMPACT, Optional.empty());
    }

    public static Topic<String, DeadLetter> deadLetters() {
        return new Topic<>(DEAD_LETTERS, Serdes.String(), ArticleSerdes.deadLetter(), 1,
                TopicConfig.CLEANUP_POLICY_DELETE, Optional.of(Duration.ofDays(30)));
    }

    /**
     * Compacted: the register as it stands, one record per incident id. One partition: incidents are few and are
     * resolved against each other in one place.
     */
    public static Topic<String, Incident> incidents() {
        return incidents(ArticleSerdes.incident());
    }

    public static Topic<String, Incident> incidents(KafkaConnection kafka) {
        return incidents(kafka.serde(Incident.class));
    }

    private static Topic<String, Incident> incidents(Serde<Incident> values) {
        return new Topic<>(INCIDENTS, Serdes.String(), values, 1, TopicConfig.CLEANUP_POLICY_COMPACT, Optional.empty());
    }

    /** Compacted: the latest counts of each province and week, key {@code province@weekStart}. */
    public static Topic<String, ProvinceWeek> provinceWeeks() {
        return provinceWeeks(ArticleSerdes.provinceWeek());
    }

    public static Topic<String, ProvinceWeek> provinceWeeks(KafkaConnection kafka) {
        return provinceWeeks(kafka.serde(ProvinceWeek.class));
    }

    private static Topic<String, ProvinceWeek> provinceWeeks(Serde<ProvinceWeek> values) {
        return new Topic<>(PROVINCE_WEEKS, Serdes.String(), values, 1,
                TopicConfig.CLEANUP_POLICY_COMPACT, Optional.empty());
    }

    public static List<Topic<?, ?>> all() {
        return List.of(raw(), enriched(), deadLetters(), incidents(), provinceWeeks());
    }

    public static List<Topic<?, ?>> all(KafkaConnection kafka) {
        return List.of(raw(kafka), enriched(kafka), deadLetters(), incidents(kafka), provinceWeeks(kafka));
    }

    /** One topic by name, with only its own serdes built: a registry serde holds a registry client. */
    public static java.util.Optional<Topic<?, ?>> named(String name, KafkaConnection kafka) {
        return java.util.Optional.ofNullable(switch (name) {
            case RAW -> raw(kafka);
            case ENRICHED -> enriched(kafka);
            case DEAD_LETTERS -> deadLetters();
            case INCIDENTS -> incidents(kafka);
            case PROVINCE_WEEKS -> provinceWeeks(kafka);
            default -> null;
        });
    }
}
