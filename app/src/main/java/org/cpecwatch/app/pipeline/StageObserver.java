package org.cpecwatch.app.pipeline;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.streams.KafkaStreams;
import org.cpecwatch.enrich.errors.DeadLetterListener;

/** What the host sees of the Kafka clients a stage is built with, to bind metrics to them; every method is optional. */
public interface StageObserver {

    StageObserver NONE = new StageObserver() {
    };

    default void producer(String stage, Producer<?, ?> producer) {
    }

    default void consumer(String stage, Consumer<?, ?> consumer) {
    }

    default void streams(KafkaStreams streams) {
    }

    default DeadLetterListener enrichDeadLetters() {
        return DeadLetterListener.NONE;
    }
}
