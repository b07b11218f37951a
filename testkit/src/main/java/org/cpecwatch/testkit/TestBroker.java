package org.cpecwatch.testkit;

/** A running Kafka broker that an integration test may use. */
public interface TestBroker {

    String bootstrapServers();

    /** "container" or "embedded", for the test log. */
    String kind();
}
