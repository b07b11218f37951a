package org.cpecwatch.broker;

import java.util.Map;

/**
 * How clients, and the node itself between its broker and controller roles, reach the node: the security protocol
 * of its one client listener and of its controller listener, with the broker settings that protocol needs
 * (keystores, SASL mechanisms and logins). A secured node has no plaintext listener at all.
 */
public record ListenerSecurity(String protocol, Map<String, String> brokerSettings) {

    public static final ListenerSecurity PLAINTEXT = new ListenerSecurity("PLAINTEXT", Map.of());

    public ListenerSecurity {
        brokerSettings = Map.copyOf(brokerSettings);
    }
}
