package org.cpecwatch.schemas.kafka;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.common.serialization.Serde;
import org.cpecwatch.schemas.serde.RegistrySettings;
import org.cpecwatch.schemas.serde.WireFormat;

/**
 * How every Kafka client of the pipeline reaches the cluster: the bootstrap servers and the settings of a client
 * properties file, as Kafka's own tools take them with {@code --command-config} ({@code security.protocol},
 * {@code sasl.*}, {@code ssl.*}, tuning, a schema registry's address). Each client's own settings come first and the
 * file's are laid over them, so a team can tune what it must for its cluster; the settings the pipeline's guarantees
 * rest on are refused when the file is read, not silently overridden.
 *
 * <p>It also carries the {@link WireFormat} of the topics' values, so every client of a process writes and reads one
 * format; the schema registry's address and login for {@link WireFormat#REGISTRY} are {@code apicurio.*} entries of
 * the same file, which go to the registry serdes and never to the Kafka clients.
 */
public record KafkaConnection(String bootstrapServers, Map<String, String> clientSettings, WireFormat wireFormat) {

    /** Where the pipeline's exactly-once, ordering and group identity come from: never the user's to change. */
    static final Set<String> PIPELINE_OWNED = Set.of(
            "acks", "enable.idempotence", "transactional.id", "isolation.level", "enable.auto.commit",
            "auto.offset.reset", "group.id", "group.instance.id", "client.id", "application.id",
            "processing.guarantee", "state.dir", "key.serializer", "value.serializer", "key.deserializer",
            "value.deserializer", "default.key.serde", "default.value.serde",
            // Kafka Streams: the dead-letter handlers and the locked names of stores and internal topics.
            "deserialization.exception.handler", "default.deserialization.exception.handler",
            "processing.exception.handler", "production.exception.handler",
            "default.production.exception.handler", "ensure.explicit.internal.resource.naming");

    /** How Kafka Streams passes a setting to one of its clients only; a protected setting stays protected there. */
    static final java.util.List<String> CLIENT_PREFIXES = java.util.List.of(
            "producer.", "consumer.", "main.consumer.", "restore.consumer.", "global.consumer.", "admin.");

    /** A client properties file is a few lines; anything larger is not one. */
    static final long MAX_FILE_BYTES = 64 * 1024;

    public KafkaConnection {
        if (bootstrapServers == null || bootstrapServers.isBlank()) {
            throw new IllegalArgumentException("no Kafka bootstrap servers");
        }
        clientSettings = Map.copyOf(clientSettings);
        if (wireFormat == null) {
            throw new IllegalArgumentException("no wire format");
        }
        if (wireFormat == WireFormat.REGISTRY) {
            RegistrySettings.of(clientSettings);
        }
    }

    /** In the default wire format, single-object encoding. */
    public KafkaConnection(String bootstrapServers, Map<String, String> clientSettings) {
        this(bootstrapServers, clientSettings, WireFormat.SINGLE_OBJECT);
    }

    /**
     * The same cluster, its values in this format.
     *
     * @throws IllegalArgumentException for the registry format when the settings name no registry
     */
    public KafkaConnection withWireFormat(WireFormat format) {
        return new KafkaConnection(bootstrapServers, clientSettings, format);
    }

    /** The value serde of a generated record type in this connection's wire format. */
    public <T extends SpecificRecord> Serde<T> serde(Class<T> type) {
        return wireFormat.serde(type, clientSettings);
    }

    /** A cluster that needs no settings beyond its address: the embedded broker, a test broker. */
    public static KafkaConnection to(String bootstrapServers) {
        return new KafkaConnection(bootstrapServers, Map.of());
    }

    /**
     * The cluster named by the bootstrap servers given, else by the config's {@code bootstrap.servers}; empty when
     * neither names one.
     */
    public static Optional<KafkaConnection> of(String bootstrapServers, Map<String, String> config) {
        Map<String, String> settings = new HashMap<>(config);
        String fromConfig = settings.remove(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG);
        String servers = bootstrapServers != null && !bootstrapServers.isBlank() ? bootstrapServers : fromConfig;
        return servers == null || servers.isBlank() ? Optional.empty() : Optional.of(new KafkaConnection(servers, settings));
    }

    /**
     * Reads a client properties file, {@code bootstrap.servers} included.
     *
     * @throws IllegalArgumentException naming the file and what is wrong with it
     */
    public static Map<String, String> readConfig(Path file) throws IOException {
        return read(file);
    }

    private static Map<String, String> read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("the Kafka client config " + file + " is not a file");
        }
        if (Files.size(file) > MAX_FILE_BYTES) {
            throw new IllegalArgumentException("the Kafka client config " + file + " is larger than "
                    + MAX_FILE_BYTES / 1024 + " KiB; it is not a client properties file");
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        }
        Map<String, String> settings = new HashMap<>();
        properties.stringPropertyNames().forEach(key -> settings.put(key, properties.getProperty(key).strip()));
        Set<String> refused = new TreeSet<>();
        settings.keySet().stream().filter(KafkaConnection::isPipelineOwned).forEach(refused::add);
        if (!refused.isEmpty()) {
            throw new IllegalArgumentException("the Kafka client config " + file + " sets " + String.join(", ", refused)
                    + ", which the pipeline sets itself for exactly-once delivery and its consumer groups;"
                    + " remove " + (refused.size() == 1 ? "it" : "them"));
        }
        Set<String> registryOwned = new TreeSet<>(settings.keySet());
        registryOwned.retainAll(RegistrySettings.PIPELINE_OWNED);
        if (!registryOwned.isEmpty()) {
            throw new IllegalArgumentException("the Kafka client config " + file + " sets " + String.join(", ", registryOwned)
                    + ", which --serde registry sets itself to write the Confluent wire format; remove "
                    + (registryOwned.size() == 1 ? "it" : "them"));
        }
        return settings;
    }

    private static boolean isPipelineOwned(String key) {
        String unprefixed = key;
        for (String prefix : CLIENT_PREFIXES) {
            if (key.startsWith(prefix)) {
                unprefixed = key.substring(prefix.length());
                break;
            }
        }
        return PIPELINE_OWNED.contains(key) || PIPELINE_OWNED.contains(unprefixed);
    }

    /** One client's settings: its own, then the file's over them (the registry's left out), then the bootstrap servers. */
    public Map<String, Object> settings(Map<String, ?> own) {
        Map<String, Object> all = new HashMap<>(own);
        all.putAll(kafkaSettings());
        all.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        return all;
    }

    /** The same for a Kafka Streams application, whose settings are properties. */
    public Properties properties(Properties own) {
        Properties all = new Properties();
        all.putAll(own);
        all.putAll(kafkaSettings());
        all.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        return all;
    }

    /** The file's settings for Kafka clients: the registry's are not theirs, and a client would log them as unknown. */
    private Map<String, String> kafkaSettings() {
        Map<String, String> kafka = new HashMap<>(clientSettings);
        kafka.keySet().removeIf(key -> key.startsWith(RegistrySettings.PREFIX));
        return kafka;
    }

    /** Never prints the file's values: they hold passwords. */
    @Override
    public String toString() {
        return "KafkaConnection[" + bootstrapServers + ", settings " + new TreeMap<>(clientSettings).keySet()
                + ", serde " + wireFormat + "]";
    }
}
