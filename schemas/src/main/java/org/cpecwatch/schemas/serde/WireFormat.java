package org.cpecwatch.schemas.serde;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;

/**
 * How the values of the pipeline's topics look on the wire, chosen once per process ({@code --serde}) and carried by
 * the {@link org.cpecwatch.schemas.kafka.KafkaConnection} to every producer, consumer and Streams serde.
 */
public enum WireFormat {

    /** Avro single-object encoding, the writer schema in a header; no registry. The default. */
    SINGLE_OBJECT("single-object"),

    /**
     * The Confluent wire format (magic byte 0, the 4-byte schema id, the Avro binary datum) through a schema registry
     * whose address and login are in the client config; see {@link RegistrySettings}.
     */
    REGISTRY("registry");

    private final String label;

    WireFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Exactly one of the labels, nothing else: a misspelt format must not silently fall back to the default. */
    public static WireFormat of(String label) {
        return Arrays.stream(values()).filter(f -> f.label.equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown serde " + label + "; known: "
                        + Arrays.stream(values()).map(WireFormat::label).collect(Collectors.joining(", "))));
    }

    /** The value serde of a generated record type in this format; the client config only matters for a registry. */
    public <T extends SpecificRecord> Serde<T> serde(Class<T> type, Map<String, String> clientSettings) {
        return switch (this) {
            case SINGLE_OBJECT -> AvroSerde.forSpecific(type);
            case REGISTRY -> new RegistrySerde<>(AvroSerde.forSpecific(type), RegistrySettings.of(clientSettings));
        };
    }

    @Override
    public String toString() {
        return label;
    }
}
