package org.cpecwatch.app.cli;

import java.net.InetSocketAddress;

import org.cpecwatch.app.ops.Monitoring;
import picocli.CommandLine.Option;

/** {@code --metrics HOST:PORT}: the operator's endpoints of a command that runs stages; off unless given. */
final class MetricsOption {

    static final String ENVIRONMENT = "CPECWATCH_METRICS";

    @Option(names = "--metrics", paramLabel = "HOST:PORT", defaultValue = "${env:" + ENVIRONMENT + "}",
            description = "Serve Prometheus metrics on http://HOST:PORT/metrics and health on /health/live and "
                    + "/health/ready, bound to this address only (e.g. 127.0.0.1:9464; port 0 picks a free one). "
                    + "Default: the environment variable " + ENVIRONMENT + ", else off.")
    String metrics;

    Monitoring monitoring() {
        return Monitoring.on(metrics == null || metrics.isBlank() ? null : address(metrics));
    }

    /** HOST:PORT, [IPv6]:PORT; null for none. */
    static InetSocketAddress address(String given) {
        return HostPort.parse("--metrics", given);
    }

    static String url(InetSocketAddress bound) {
        String host = bound.getAddress().getHostAddress();
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + bound.getPort() + "/metrics";
    }
}
