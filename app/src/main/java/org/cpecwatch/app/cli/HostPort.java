package org.cpecwatch.app.cli;

import java.net.InetSocketAddress;

/** An address a command listens on, given as HOST:PORT or [IPv6]:PORT; port 0 lets the system pick one. */
final class HostPort {

    private HostPort() {
    }

    /** Null for none; a clear error naming the option for anything that is not an address. */
    static InetSocketAddress parse(String option, String given) {
        if (given == null) {
            return null;
        }
        int colon = given.lastIndexOf(':');
        String host = colon > 0 ? given.substring(0, colon) : "";
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        int port;
        try {
            port = Integer.parseInt(given.substring(colon + 1));
        } catch (NumberFormatException e) {
            port = -1;
        }
        if (host.isEmpty() || port < 0 || port > 65_535) {
            throw new UserError(option + " wants HOST:PORT, such as 127.0.0.1:9464, not " + given);
        }
        InetSocketAddress address = new InetSocketAddress(host, port);
        if (address.isUnresolved()) {
            throw new UserError(option + ": unknown host " + host);
        }
        return address;
    }
}
