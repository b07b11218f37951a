package org.cpecwatch.enrich;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Supplier;

import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.cpecwatch.enrich.stats.StatsStores;
import org.cpecwatch.enrich.topology.EnrichTopology;
import org.cpecwatch.schemas.avro.ProvinceWeek;
import org.cpecwatch.schemas.health.Readiness;
import org.cpecwatch.schemas.kafka.KafkaConnection;
import org.cpecwatch.schemas.topic.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs the enrich topology; a failed stream thread is replaced rather than stopping the pipeline. */
public final class EnrichService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EnrichService.class);

    private final KafkaStreams streams;
    private final StreamsReadiness readiness;

    /** On topics in the default wire format, single-object encoding. */
    public EnrichService(Properties streamsConfig, Supplier<? extends Enrichment> enricher) {
        this(streamsConfig, EnrichTopology.build(Topics.raw(), Topics.enriched(), Topics.incidents(),
                Topics.provinceWeeks(), enricher));
    }

    /** On topics in the wire format the connection carries. */
    public EnrichService(Properties streamsConfig, KafkaConnection kafka, Supplier<? extends Enrichment> enricher) {
        this(streamsConfig, EnrichTopology.build(Topics.raw(kafka), Topics.enriched(kafka), Topics.incidents(kafka),
                Topics.provinceWeeks(kafka), enricher));
    }

    private EnrichService(Properties streamsConfig, Topology topology) {
        this.streams = new KafkaStreams(topology, streamsConfig);
        this.readiness = new StreamsReadiness(Clock.systemUTC(), () -> streams.state() == KafkaStreams.State.RUNNING);
        streams.setUncaughtExceptionHandler(error -> {
            readiness.threadFailed();
            LOG.error("enrich stream thread failed, replacing it; enrich is not ready for at least {} s",
                    StreamsReadiness.QUIET_AFTER_FAILURE.toSeconds(), error);
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
        });
    }

    public EnrichService start() {
        streams.start();
        return this;
    }

    public KafkaStreams.State state() {
        return streams.state();
    }

    /** The Streams instance itself, for the host to bind its metrics; the service keeps its lifecycle. */
    public KafkaStreams streams() {
        return streams;
    }

    /** Alive unless Streams has failed or stopped: starting, rebalancing and running all count. */
    public Readiness liveness() {
        return () -> switch (streams.state()) {
            case CREATED, REBALANCING, RUNNING -> true;
            case PENDING_SHUTDOWN, NOT_RUNNING, PENDING_ERROR, ERROR -> false;
        };
    }

    /** Follows the Streams state, and stays down for a while after a stream thread failed. */
    public Readiness readiness() {
        return readiness;
    }

    /**
     * The weekly counts per province as this instance holds them now, ordered by {@code province@weekStart}. Throws
     * {@link org.apache.kafka.streams.errors.InvalidStateStoreException} while the service is not running or its
     * stores are still being restored.
     */
    public List<ProvinceWeek> provinceWeeks() {
        ReadOnlyKeyValueStore<String, ProvinceWeek> counts = streams.store(
                StoreQueryParameters.fromNameAndType(StatsStores.COUNTS, QueryableStoreTypes.keyValueStore()));
        List<ProvinceWeek> weeks = new ArrayList<>();
        try (KeyValueIterator<String, ProvinceWeek> all = counts.all()) {
            all.forEachRemaining(entry -> weeks.add(entry.value));
        }
        return weeks;
    }

    /**
     * Leaves the consumer group on the way out: Streams stays a member by default, and a restart would then wait
     * out the old member's 45 s session before any article moves.
     */
    @Override
    public void close() {
        streams.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
                .withTimeout(Duration.ofSeconds(30)));
    }
}
