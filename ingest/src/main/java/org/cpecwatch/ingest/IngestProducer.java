package org.cpecwatch.ingest;

import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.cpecwatch.schemas.kafka.KafkaConnection;
import org.cpecwatch.schemas.topic.ProducerSettings;

/** The durable producer settings, made impatient enough that an unreachable broker never stalls the inbox for long. */
public final class IngestProducer {

    /** A send waits at most this long for the topic's metadata before it fails and the outage backoff takes over. */
    public static final int MAX_BLOCK_MS = 5_000;

    private IngestProducer() {
    }

    public static Map<String, Object> settings(KafkaConnection kafka, String clientId) {
        Map<String, Object> settings = new HashMap<>();
        settings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, MAX_BLOCK_MS);
        // A record queued before the broker went away is answered within half a minute, not the default two.
        settings.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        settings.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
        // A backlog is thousands of 5 KB records: bigger batches mean far fewer requests for producer and broker,
        // and better zstd ratios. At a few thousand files a second over three partitions the linger, not the
        // size, closes a batch: 100 ms rather than 20 took a third off the broker's and the I/O thread's CPU, and
        // a file already waits a second in the inbox before it is claimed.
        settings.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        settings.put(ProducerConfig.LINGER_MS_CONFIG, 100);
        // zstd sets up a fresh context for every batch, on the worker and again on the producer's I/O thread; level
        // 3's (a 2 MB window, larger tables) is mostly page faults. Level 1 cut the ingest threads' CPU by 10-23%
        // and the I/O thread's by a third to a half in paired bench runs, for batches about 3% larger.
        settings.put(ProducerConfig.COMPRESSION_ZSTD_LEVEL_CONFIG, 1);
        // The cluster's own client config may still retune any of these.
        settings.putAll(ProducerSettings.durable(kafka, clientId));
        return settings;
    }
}
