package org.cpecwatch.schemas.topic;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creates the topics that do not exist yet; existing topics are left exactly as they are. */
public final class TopicProvisioner {

    private static final Logger LOG = LoggerFactory.getLogger(TopicProvisioner.class);
    private static final int MAX_REPLICATION = 3;

    private TopicProvisioner() {
    }

    /** Returns the names of the topics it created. */
    public static List<String> ensure(Admin admin, Collection<Topic<?, ?>> topics, Duration timeout) {
        try {
            long ms = timeout.toMillis();
            Set<String> existing = admin.listTopics().names().get(ms, TimeUnit.MILLISECONDS);
            short replication = replicationFactor(admin.describeCluster().nodes().get(ms, TimeUnit.MILLISECONDS).size());
            List<NewTopic> missing = topics.stream()
                    .filter(t -> !existing.contains(t.name()))
                    .map(t -> t.newTopic(replication))
                    .toList();
            if (!missing.isEmpty()) {
                createIgnoringRaces(admin, missing, ms);
                LOG.info("created topics {}", missing.stream().map(NewTopic::name).toList());
            }
            return missing.stream().map(NewTopic::name).toList();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot create topics: " + rootMessage(e), e);
        }
    }

    /** Three replicas where the cluster has three brokers or more, else as many as it has. */
    public static short replicationFactor(int brokers) {
        return (short) Math.max(1, Math.min(MAX_REPLICATION, brokers));
    }

    private static void createIgnoringRaces(Admin admin, List<NewTopic> missing, long ms)
            throws InterruptedException, ExecutionException, TimeoutException {
        try {
            admin.createTopics(missing).all().get(ms, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            // Another stage started at the same moment and created it first: that is what we wanted.
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
