package org.cpecwatch.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.cpecwatch.schemas.kafka.KafkaConnection;
import picocli.CommandLine.Option;

/**
 * The Kafka cluster a command talks to, given as Kafka's own tools take it: an address and a client properties file
 * for security and tuning, each with an environment variable as default so a service manager can supply them.
 */
final class Cluster {

    static final String BOOTSTRAP_ENVIRONMENT = "CPECWATCH_BOOTSTRAP_SERVERS";
    static final String CONFIG_ENVIRONMENT = "CPECWATCH_KAFKA_CONFIG";

    @Option(names = {"--bootstrap-server", "--bootstrap-servers"}, paramLabel = "HOST:PORT",
            defaultValue = "${env:" + BOOTSTRAP_ENVIRONMENT + "}",
            description = "Kafka cluster (default: the environment variable " + BOOTSTRAP_ENVIRONMENT
                    + ", else bootstrap.servers in --kafka-config; without either, run starts an embedded broker"
                    + " and the other commands use the one of the run on --data).")
    String bootstrapServers;

    @Option(names = {"--kafka-config", "--command-config"}, paramLabel = "FILE",
            defaultValue = "${env:" + CONFIG_ENVIRONMENT + "}",
            description = "Kafka client properties passed to every producer, consumer, admin and Streams client:"
                    + " security.protocol, sasl.*, ssl.*, tuning (default: the environment variable "
                    + CONFIG_ENVIRONMENT + ").")
    Path config;

    private Map<String, String> settings;

    /** The cluster given by option, environment or config file, if any. */
    Optional<KafkaConnection> given() {
        return KafkaConnection.of(bootstrapServers, settings());
    }

    /** The cluster given, else the one the fallback finds: the embedded broker just started, a run's broker. */
    KafkaConnection orElse(Supplier<String> fallbackBootstrapServers) {
        return given().orElseGet(() -> KafkaConnection.of(fallbackBootstrapServers.get(), settings()).orElseThrow());
    }

    /** The cluster a single stage runs against: a stage alone never starts a broker of its own. */
    KafkaConnection required() {
        return given().orElseThrow(() -> new UserError("no Kafka cluster: give --bootstrap-server HOST:PORT or set "
                + BOOTSTRAP_ENVIRONMENT + (config == null ? "" : ", or bootstrap.servers in " + config)));
    }

    private Map<String, String> settings() {
        if (settings == null) {
            try {
                settings = config == null ? Map.of() : KafkaConnection.readConfig(config);
            } catch (IOException e) {
                throw new UserError("cannot read the Kafka client config " + config + ": " + e.getMessage());
            } catch (IllegalArgumentException e) {
                throw new UserError(e.getMessage());
            }
        }
        return settings;
    }
}
