package org.cpecwatch.testkit;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.testcontainers.DockerClientFactory;

/**
 * Gives a test a {@link TestBroker} parameter: an {@code apache/kafka} container where a Docker engine runs,
 * otherwise a real KRaft broker in this JVM. One broker serves every test class of a run, so tests use their
 * own topic names or group ids where they must not see each other's records.
 *
 * <p>{@code -Dcpecwatch.test.broker=embedded} (or {@code container}) forces one kind.
 */
public final class KafkaBrokerExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(KafkaBrokerExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TestBroker.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent("broker", key -> startBroker(), TestBrokerHandle.class);
    }

    private static TestBrokerHandle startBroker() {
        String forced = System.getProperty("cpecwatch.test.broker", "");
        boolean container = switch (forced) {
            case "container" -> true;
            case "embedded" -> false;
            case "" -> dockerMayRun() && DockerClientFactory.instance().isDockerAvailable();
            default -> throw new IllegalArgumentException("cpecwatch.test.broker must be container or embedded, not " + forced);
        };
        TestBrokerHandle broker = container ? ContainerBroker.start() : InJvmBroker.start();
        System.out.println("[testkit] Kafka broker for integration tests: " + broker.kind() + " at " + broker.bootstrapServers());
        return broker;
    }

    /** Asking Testcontainers where no engine can be logs a page of errors; skip the question when no socket exists. */
    static boolean dockerMayRun() {
        return System.getenv("DOCKER_HOST") != null || java.nio.file.Files.exists(java.nio.file.Path.of("/var/run/docker.sock"));
    }

    /** A broker the JUnit store closes at the end of the run. */
    interface TestBrokerHandle extends TestBroker, AutoCloseable {
        @Override
        void close();
    }
}
