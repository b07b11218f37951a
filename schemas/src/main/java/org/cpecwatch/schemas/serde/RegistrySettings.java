package org.cpecwatch.schemas.serde;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import io.apicurio.registry.serde.SerdeConfig;
import io.apicurio.registry.serde.avro.AvroKafkaSerdeConfig;

/**
 * The settings of the Apicurio registry serdes in {@link WireFormat#REGISTRY}: the registry's address and login
 * ({@code apicurio.registry.url}, {@code apicurio.auth.username}, {@code apicurio.auth.password}) and any other
 * {@code apicurio.*} setting come from the client config; the ones that make the bytes the Confluent wire format are
 * the pipeline's and are refused in the file.
 */
public final class RegistrySettings {

    public static final String PREFIX = "apicurio.";
    public static final String URL = SerdeConfig.REGISTRY_URL;

    /**
     * Magic byte and a 4-byte id (not Apicurio's 8-byte one), the id the Confluent-compatible API calls the schema
     * id, in the payload rather than in record headers, and records read back as the generated classes.
     */
    static final Map<String, Object> FORCED = Map.of(
            SerdeConfig.ENABLE_CONFLUENT_ID_HANDLER, true,
            SerdeConfig.USE_ID, "contentId",
            SerdeConfig.ENABLE_HEADERS, false,
            AvroKafkaSerdeConfig.AVRO_ENCODING, AvroKafkaSerdeConfig.AVRO_ENCODING_BINARY,
            AvroKafkaSerdeConfig.AVRO_DATUM_PROVIDER, SpecificReaderProvider.class.getName());

    /** Settings the pipeline sets itself in registry mode; a client config that sets one is refused. */
    public static final Set<String> PIPELINE_OWNED = Set.of(
            SerdeConfig.ENABLE_CONFLUENT_ID_HANDLER, SerdeConfig.USE_ID, SerdeConfig.ENABLE_HEADERS,
            SerdeConfig.ID_HANDLER, SerdeConfig.HEADERS_HANDLER, AvroKafkaSerdeConfig.AVRO_ENCODING,
            AvroKafkaSerdeConfig.AVRO_DATUM_PROVIDER, AvroKafkaSerdeConfig.USE_SPECIFIC_AVRO_READER);

    private RegistrySettings() {
    }

    /**
     * The serde settings from a client config: its {@code apicurio.*} entries, schemas registered on first use unless
     * the file says otherwise, then the forced ones over them.
     *
     * @throws IllegalArgumentException when the config names no registry
     */
    public static Map<String, Object> of(Map<String, String> clientSettings) {
        String url = clientSettings.get(URL);
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("--serde registry needs the registry's address: set " + URL
                    + "=http://HOST:PORT/apis/registry/v2 in the Kafka client config (--kafka-config FILE)");
        }
        Map<String, Object> settings = new HashMap<>();
        settings.put(SerdeConfig.AUTO_REGISTER_ARTIFACT, true);
        clientSettings.forEach((key, value) -> {
            if (key.startsWith(PREFIX)) {
                settings.put(key, value);
            }
        });
        settings.putAll(FORCED);
        return settings;
    }
}
