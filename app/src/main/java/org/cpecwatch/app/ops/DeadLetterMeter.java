package org.cpecwatch.app.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** {@code cpecwatch_dead_letters_total{stage}}: records a stage handed to {@code articles.dlq}. */
final class DeadLetterMeter {

    private DeadLetterMeter() {
    }

    static Counter counter(MeterRegistry registry, String stage) {
        return Counter.builder("cpecwatch.dead.letters").tag("stage", stage)
                .description("Records sent to the dead-letter topic (an aborted enrich transaction may send one again)")
                .register(registry);
    }
}
