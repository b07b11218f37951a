package org.cpecwatch.broker;

import java.nio.file.Path;
import java.util.Properties;

/** The broker configuration a single node needs; each non-default value is here because one node cannot replicate. */
final class BrokerSettings {

    static final String CONTROLLER_LISTENER = "CONTROLLER";

    private BrokerSettings() {
    }

    static Properties singleNode(Path logDir, int brokerPort, int controllerPort, ListenerSecurity security) {
        // The client listener is named after its protocol, as Kafka names its default listeners.
        String brokerListener = security.protocol();
        Properties p = new Properties();
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", "1");
        p.setProperty("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        p.setProperty("listeners", brokerListener + "://127.0.0.1:" + brokerPort + ","
                + CONTROLLER_LISTENER + "://127.0.0.1:" + controllerPort);
        p.setProperty("advertised.listeners", brokerListener + "://127.0.0.1:" + brokerPort);
        p.setProperty("listener.security.protocol.map", brokerListener + ":" + security.protocol() + ","
                + CONTROLLER_LISTENER + ":" + security.protocol());
        p.setProperty("controller.listener.names", CONTROLLER_LISTENER);
        p.setProperty("inter.broker.listener.name", brokerListener);
        p.setProperty("log.dirs", logDir.toString());
        p.setProperty("metadata.log.dir", logDir.toString());

        // Internal topics default to three replicas; one node must say one, or groups and transactions never start.
        p.setProperty("offsets.topic.replication.factor", "1");
        p.setProperty("offsets.topic.num.partitions", "1");
        p.setProperty("transaction.state.log.replication.factor", "1");
        p.setProperty("transaction.state.log.min.isr", "1");
        p.setProperty("transaction.state.log.num.partitions", "1");
        p.setProperty("share.coordinator.state.topic.replication.factor", "1");
        p.setProperty("share.coordinator.state.topic.min.isr", "1");
        p.setProperty("default.replication.factor", "1");
        p.setProperty("min.insync.replicas", "1");
        // Nobody else will join the group: do not wait three seconds for them.
        p.setProperty("group.initial.rebalance.delay.ms", "0");
        p.setProperty("auto.create.topics.enable", "false");
        p.setProperty("log.flush.interval.messages", "1");
        security.brokerSettings().forEach(p::setProperty);
        return p;
    }
}
