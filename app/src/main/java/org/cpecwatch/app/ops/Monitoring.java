package org.cpecwatch.app.ops;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.cpecwatch.app.data.DataFolder;
import org.cpecwatch.app.pipeline.StageObserver;
import org.cpecwatch.ingest.IngestListener;
import org.cpecwatch.schemas.kafka.KafkaConnection;
import org.cpecwatch.sink.SinkListener;

/**
 * What a command that runs stages offers an operator: metrics fed by the stages' listeners and Kafka clients, and
 * the HTTP endpoints, listening before the stages start. {@link #OFF} (no {@code --metrics}) passes everything through untouched.
 */
public interface Monitoring extends AutoCloseable {

    Monitoring OFF = new Monitoring() {
    };

    /** Metrics served on {@code address} once {@link #serve} is called; OFF when no address is given. */
    static Monitoring on(InetSocketAddress address) {
        return address == null ? OFF : new PrometheusMonitoring(address);
    }

    default IngestListener ingest(IngestListener next) {
        return next;
    }

    default SinkListener sink(SinkListener next) {
        return next;
    }

    default StageObserver kafkaClients() {
        return StageObserver.NONE;
    }

    /** Counts the files of this data folder and inbox, as {@code status} does. */
    default void watchFiles(DataFolder data, Path inbox) {
    }

    /** Reads the lag of these consumer groups on a background thread. */
    default void watchLag(KafkaConnection kafka, List<String> groups) {
    }

    /**
     * Starts the endpoints for the stages named, before they start: alive and not ready ({@code STARTING}) until
     * {@link #attach} gives their checks. The address bound, if any.
     */
    default Optional<InetSocketAddress> serve(List<String> stages) throws IOException {
        return Optional.empty();
    }

    /** The started stages' own checks, in place of {@code STARTING}. */
    default void attach(List<StageHealth> stages) {
    }

    @Override
    default void close() {
    }
}
