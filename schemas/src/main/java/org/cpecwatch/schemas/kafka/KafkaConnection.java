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

import org.apache.kafka.clients.CommonClientConfigs;

/**
 * How every Kafka client of the pipeline reaches the cluster: the bootstrap servers and the settings of a client
 * properties file, as Kafka's own tools take them with {@code --command-config} ({@code security.protocol},
 * {@code sasl.*}, {@code ssl.*}, tuning, a schema registry's address). Each client's own settings come first and the
 * file's are laid over them, so a team can tune what it must for its cluster; the settings the pipeline's guarantees
 * rest on are refused when the file is read, not silently overridden.
 */
public record KafkaConnection(String bootstrapServers, Map<String, String> clientSettings) {

    /** Where the pipeline's exactly-once, ordering and group identity come from: never the user's to change. */
    static final Set<String> PIPELINE_OWNED = Set.of(
            "acks", "enable.idempotence", "transactional.id", "isolation.level", "enable.auto.commit",
            "auto.offset.reset", "group.id", "group.instance.id", "client.id", "application.id",
            "processing.guarantee", "state.dir", "key.serializer", "value.serializer", "key.deserializer",
            "value.deserializer", "default.key.serde", "default.value.serde");

    /** A client properties file is a few lines; anything larger is not one. */
    static final long MAX_FILE_BYTES = 64 * 1024;

    public KafkaConnection {
        if (bootstrapServers == null || bootstrapServers.isBlank()) {
            throw new IllegalArgumentException("no Kafka bootstrap servers");
        }
        clientSettings = Map.copyOf(clientSettings);
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
        Set<String> refused = new TreeSet<>(settings.keySet());
        refused.retainAll(PIPELINE_OWNED);
        if (!refused.isEmpty()) {
            throw new IllegalArgumentException("the Kafka client config " + file + " sets " + String.join(", ", refused)
                    + ", which the pipeline sets itself for exactly-once delivery and its consumer groups;"
                    + " remove " + (refused.size() == 1 ? "it" : "them"));
        }
        return settings;
    }

    /** One client's settings: its own, then the file's over them, then the bootstrap servers. */
    public Map<String, Object> settings(Map<String, ?> own) {
        Map<String, Object> all = new HashMap<>(own);
        all.putAll(clientSettings);
        all.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        return all;
    }

    /** The same for a Kafka Streams application, whose settings are properties. */
    public Properties properties(Properties own) {
        Properties all = new Properties();
        all.putAll(own);
        all.putAll(clientSettings);
        all.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        return all;
    }

    /** Never prints the file's values: they hold passwords. */
    @Override
    public String toString() {
        return "KafkaConnection[" + bootstrapServers + ", settings " + new TreeMap<>(clientSettings).keySet() + "]";
    }
}
