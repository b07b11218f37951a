package org.cpecwatch.app.pipeline;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.cpecwatch.schemas.kafka.KafkaConnection;
import org.cpecwatch.schemas.topic.TopicProvisioner;
import org.cpecwatch.schemas.topic.Topics;

/** Creates the pipeline's topics on a broker where they are missing. */
public final class TopicSetup {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private TopicSetup() {
    }

    public static List<String> ensure(KafkaConnection kafka) {
        try (Admin admin = Admin.create(kafka.settings(Map.of(
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis())))) {
            return TopicProvisioner.ensure(admin, Topics.all(), TIMEOUT);
        }
    }
}
