package org.cpecwatch.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.cpecwatch.broker.EmbeddedKafkaBroker;

/** The same embedded KRaft broker that {@code cpecwatch run} starts, in a temporary folder. */
final class InJvmBroker implements KafkaBrokerExtension.TestBrokerHandle {

    private final EmbeddedKafkaBroker broker;
    private final Path folder;

    private InJvmBroker(EmbeddedKafkaBroker broker, Path folder) {
        this.broker = broker;
        this.folder = folder;
    }

    static InJvmBroker start() {
        try {
            Path folder = Files.createTempDirectory("cpecwatch-test-kafka");
            return new InJvmBroker(EmbeddedKafkaBroker.start(folder, 0), folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String bootstrapServers() {
        return broker.bootstrapServers();
    }

    @Override
    public String kind() {
        return "in-JVM KRaft broker";
    }

    @Override
    public void close() {
        broker.close();
        TempFolders.deleteQuietly(folder);
    }
}
