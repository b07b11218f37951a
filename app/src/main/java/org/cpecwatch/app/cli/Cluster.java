package org.cpecwatch.app.cli;

import picocli.CommandLine.Option;

/** The Kafka cluster a single stage runs against; stages alone never start a broker of their own. */
final class Cluster {

    /** Where an address or a secret may come from instead of the command line: a service manager's environment. */
    static final String BOOTSTRAP_ENVIRONMENT = "CPECWATCH_BOOTSTRAP_SERVERS";

    @Option(names = {"--bootstrap-server", "--bootstrap-servers"}, paramLabel = "HOST:PORT",
            defaultValue = "${env:" + BOOTSTRAP_ENVIRONMENT + "}",
            description = "Kafka cluster (default: the environment variable " + BOOTSTRAP_ENVIRONMENT + ").")
    String bootstrapServers;

    String bootstrapServers() {
        if (bootstrapServers == null || bootstrapServers.isBlank()) {
            throw new UserError("no Kafka cluster: give --bootstrap-server HOST:PORT or set " + BOOTSTRAP_ENVIRONMENT);
        }
        return bootstrapServers;
    }
}
