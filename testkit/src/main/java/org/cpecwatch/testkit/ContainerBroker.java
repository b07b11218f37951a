package org.cpecwatch.testkit;

import org.testcontainers.kafka.KafkaContainer;

/** A single-node {@code apache/kafka} container, pinned to the same Kafka release as the clients. */
final class ContainerBroker implements KafkaBrokerExtension.TestBrokerHandle {

    static final String IMAGE = "apache/kafka:4.3.1";

    private final KafkaContainer container;

    private ContainerBroker(KafkaContainer container) {
        this.container = container;
    }

    static ContainerBroker start() {
        KafkaContainer container = new KafkaContainer(IMAGE)
                .withEnv("KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR", "1")
                .withEnv("KAFKA_TRANSACTION_STATE_LOG_MIN_ISR", "1")
                .withEnv("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS", "0");
        container.start();
        return new ContainerBroker(container);
    }

    @Override
    public String bootstrapServers() {
        return container.getBootstrapServers();
    }

    @Override
    public String kind() {
        return "container " + IMAGE;
    }

    @Override
    public void close() {
        container.stop();
    }
}
