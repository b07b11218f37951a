package org.cpecwatch.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.cpecwatch.app.data.DataFolder;
import org.cpecwatch.schemas.kafka.KafkaConnection;
import org.cpecwatch.schemas.serde.WireFormat;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The Kafka cluster a command talks to, given as Kafka's own tools take it: an address and a client properties file
 * for security and tuning, each with an environment variable as default so a service manager can supply them.
 */
final class Cluster {

    static final String BOOTSTRAP_ENVIRONMENT = "CPECWATCH_BOOTSTRAP_SERVERS";
    static final String CONFIG_ENVIRONMENT = "CPECWATCH_KAFKA_CONFIG";
    static final String SERDE_ENVIRONMENT = "CPECWATCH_SERDE";

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

    @Option(names = "--serde", paramLabel = "FORMAT", converter = WireFormatConverter.class,
            defaultValue = "${env:" + SERDE_ENVIRONMENT + ":-single-object}",
            description = "How record values are written and read: single-object (Avro single-object encoding, no"
                    + " registry) or registry (the Confluent wire format, magic byte and 4-byte schema id, through an"
                    + " Apicurio or Confluent-compatible schema registry: apicurio.registry.url, and"
                    + " apicurio.auth.username/apicurio.auth.password if it needs a login, in --kafka-config; the"
                    + " wire-format settings as-confluent, use-id and headers.enabled are the pipeline's and refused"
                    + " there). In registry mode records in either format are read. Default: the environment"
                    + " variable " + SERDE_ENVIRONMENT + ", else ${DEFAULT-VALUE}.")
    WireFormat serde = WireFormat.SINGLE_OBJECT;

    private Map<String, String> settings;

    /** The cluster given by option, environment or config file, if any. */
    Optional<KafkaConnection> given() {
        return KafkaConnection.of(bootstrapServers, settings()).map(this::inFormat);
    }

    /** The cluster given, else the embedded broker of the run holding the data folder, if one does. */
    Optional<KafkaConnection> givenOrRun(DataFolder data) {
        return given().or(() -> data.runningBrokerAddress().map(address -> orElse(() -> address)));
    }

    /** The same for a client command, which has nothing to talk to without either. */
    KafkaConnection givenOrRunRequired(DataFolder data) {
        return givenOrRun(data).orElseThrow(() -> new UserError("no cpecwatch run is using the data folder "
                + data.root() + "; start ./cpecwatch run or give --bootstrap-server"));
    }

    /** The cluster given, else the one the fallback finds: the embedded broker just started. */
    KafkaConnection orElse(Supplier<String> fallbackBootstrapServers) {
        return given().orElseGet(() -> inFormat(KafkaConnection.of(fallbackBootstrapServers.get(), settings()).orElseThrow()));
    }

    private KafkaConnection inFormat(KafkaConnection kafka) {
        try {
            return kafka.withWireFormat(serde);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }

    /** Only the exact labels: a misspelt format must not run the pipeline in the other one. */
    static final class WireFormatConverter implements CommandLine.ITypeConverter<WireFormat> {
        @Override
        public WireFormat convert(String value) {
            try {
                return WireFormat.of(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
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
