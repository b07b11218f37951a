package org.cpecwatch.enrich.topology;

import java.nio.file.Path;
import java.util.Properties;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.cpecwatch.enrich.errors.EnrichFailureHandler;
import org.cpecwatch.enrich.errors.PoisonRecordHandler;
import org.cpecwatch.schemas.kafka.KafkaConnection;
import org.cpecwatch.schemas.topic.Topic;
import org.cpecwatch.schemas.topic.Topics;

/** Streams settings for enrich: exactly once, poison records and failures to the dead-letter topic. */
public final class EnrichStreamsConfig {

    public static final String APPLICATION_ID = "cpecwatch-enrich";

    private EnrichStreamsConfig() {
    }

    public static Properties of(KafkaConnection kafka, Path stateDir) {
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, APPLICATION_ID);
        p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        p.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, PoisonRecordHandler.class);
        p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, EnrichFailureHandler.class);
        // The producer and every topic it writes, its own internal ones included, agree on one size limit; an article
        // whose record would be larger is refused before it is written (RecordSize) and dead-lettered, never retried.
        p.put(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG), Topic.MAX_MESSAGE_BYTES);
        p.put(StreamsConfig.topicPrefix(TopicConfig.MAX_MESSAGE_BYTES_CONFIG), String.valueOf(Topic.MAX_MESSAGE_BYTES));
        // Fail at build time if any processor, store or internal topic is auto-named: renaming would lose state.
        p.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, true);
        // After a crash the dead member blocks the group until its session expires; 45 s is long for one process.
        p.put(StreamsConfig.mainConsumerPrefix(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG), 10_000);
        // The analyst waits for each article: commit often rather than batch for 100 ms.
        p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
        p.put(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG, RocksDbMemory.class);
        p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, streamThreads(Runtime.getRuntime().availableProcessors()));
        return kafka.properties(p);
    }

    /**
     * One stream thread per core, as many as articles.raw has partitions: enrichment is per article and spreads over
     * the partitions' tasks; the single-partition story and register step runs on one of the threads.
     */
    static int streamThreads(int cores) {
        return Math.max(1, Math.min(cores, Topics.raw().partitions()));
    }
}
