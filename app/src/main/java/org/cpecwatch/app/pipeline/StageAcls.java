package org.cpecwatch.app.pipeline;

import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.cpecwatch.enrich.topology.EnrichStreamsConfig;
import org.cpecwatch.schemas.topic.Topic;
import org.cpecwatch.schemas.topic.Topics;
import org.cpecwatch.sink.consume.SinkConsumerSettings;

/**
 * The least each stage must be allowed on a cluster that enforces ACLs, with the topics created beforehand by an
 * operator: what the README's production section lists and {@code SecuredClusterIT} grants, one principal a stage.
 */
public final class StageAcls {

    private StageAcls() {
    }

    public static List<AclBinding> of(String stage, String principal) {
        Grants grants = new Grants(principal);
        // Every stage checks at start that the pipeline's topics exist; describing a topic shows only its metadata.
        Topics.all().forEach(topic -> grants.topic(topic.name(), AclOperation.DESCRIBE));
        switch (stage) {
            case Stages.INGEST -> {
                grants.topic(Topics.RAW, AclOperation.WRITE);
                // After a crash ingest reads back the keys published since, without a consumer group.
                grants.topic(Topics.RAW, AclOperation.READ);
            }
            case Stages.ENRICH -> {
                String application = EnrichStreamsConfig.APPLICATION_ID;
                grants.topic(Topics.RAW, AclOperation.READ);
                for (Topic<?, ?> output : List.of(Topics.enriched(), Topics.deadLetters(), Topics.incidents(),
                        Topics.provinceWeeks())) {
                    grants.topic(output.name(), AclOperation.WRITE);
                }
                // Kafka Streams creates, reads and writes its repartition and changelog topics, all named after the
                // application id, and its exactly-once producers use transactional ids with the same prefix.
                grants.add(ResourceType.TOPIC, application + "-", PatternType.PREFIXED, AclOperation.ALL);
                grants.add(ResourceType.GROUP, application, PatternType.LITERAL, AclOperation.READ);
                grants.add(ResourceType.TRANSACTIONAL_ID, application + "-", PatternType.PREFIXED, AclOperation.WRITE);
                grants.add(ResourceType.TRANSACTIONAL_ID, application + "-", PatternType.PREFIXED, AclOperation.DESCRIBE);
            }
            case Stages.SINK -> {
                grants.topic(Topics.ENRICHED, AclOperation.READ);
                grants.topic(Topics.INCIDENTS, AclOperation.READ);
                grants.topic(Topics.PROVINCE_WEEKS, AclOperation.READ);
                grants.topic(Topics.DEAD_LETTERS, AclOperation.WRITE);
                grants.add(ResourceType.GROUP, SinkConsumerSettings.GROUP_ID, PatternType.LITERAL, AclOperation.READ);
            }
            default -> throw new IllegalArgumentException("no stage " + stage + "; stages are " + Stages.NAMES);
        }
        return List.copyOf(grants.bindings);
    }

    private static final class Grants {

        private final String principal;
        private final List<AclBinding> bindings = new ArrayList<>();

        Grants(String principal) {
            this.principal = principal;
        }

        void topic(String name, AclOperation operation) {
            add(ResourceType.TOPIC, name, PatternType.LITERAL, operation);
        }

        void add(ResourceType type, String name, PatternType pattern, AclOperation operation) {
            bindings.add(new AclBinding(new ResourcePattern(type, name, pattern),
                    new AccessControlEntry(principal, "*", operation, AclPermissionType.ALLOW)));
        }
    }
}
