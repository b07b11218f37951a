package org.cpecwatch.app.desk;

import java.util.Locale;
import java.util.Set;

/** Whether a request's Host header names this machine's loopback, whatever the port. */
final class LoopbackHost {

    private static final Set<String> NAMES = Set.of("localhost", "127.0.0.1", "[::1]");

    private LoopbackHost() {
    }

    static boolean isLoopback(String host) {
        if (host == null) {
            return false;
        }
        String name = host.toLowerCase(Locale.ROOT);
        int port = name.lastIndexOf(':');
        if (port > name.lastIndexOf(']')) {
            name = name.substring(0, port);
        }
        return NAMES.contains(name);
    }
}
