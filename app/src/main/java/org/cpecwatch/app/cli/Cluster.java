package org.cpecwatch.app.cli;

import picocli.CommandLine.Option;

/** The Kafka cluster a single stage runs against; stages alone never start a broker of their own. */
final class Cluster {

    @Option(names = "--bootstrap-servers", required = true, paramLabel = "HOST:PORT", description = "Kafka cluster.")
    String bootstrapServers;
}
