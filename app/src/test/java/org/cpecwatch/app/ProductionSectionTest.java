package org.cpecwatch.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.streams.TopologyDescription;
import org.cpecwatch.app.cli.CpecWatchCommand;
import org.cpecwatch.enrich.topology.EnrichStreamsConfig;
import org.cpecwatch.enrich.topology.EnrichTopology;
import org.cpecwatch.schemas.topic.Topic;
import org.cpecwatch.schemas.topic.TopicProvisioner;
import org.cpecwatch.schemas.topic.Topics;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The README's production section states what the code does: the same topics, settings, internal topics and ACLs. */
class ProductionSectionTest {

    private static final Path README = Path.of("..", "README.md").toAbsolutePath().normalize();
    private static final int PRODUCTION_BROKERS = 3;

    @Test
    void shouldListTheTopicsWithTheSettingsTheProvisionerCreatesOnAThreeBrokerCluster() throws IOException {
        short replication = TopicProvisioner.replicationFactor(PRODUCTION_BROKERS);
        List<String> rows = new ArrayList<>(List.of(
                "| topic | partitions | replication | min.insync.replicas | cleanup.policy | retention.ms | max.message.bytes |",
                "|---|---|---|---|---|---|---|"));
        for (Topic<?, ?> topic : Topics.all()) {
            NewTopic created = topic.newTopic(replication);
            Map<String, String> configs = created.configs();
            rows.add("| " + String.join(" | ", created.name(), String.valueOf(created.numPartitions()),
                    String.valueOf(created.replicationFactor()), configs.get("min.insync.replicas"),
                    configs.get("cleanup.policy"), configs.get("retention.ms"), configs.get("max.message.bytes")) + " |");
        }
        assertEquals(String.join("\n", rows), block("production-topics"));
    }

    @Test
    void shouldNameEveryInternalTopicOfTheEnrichTopology() throws IOException {
        TopologyDescription description = EnrichTopology.build(Topics.raw(), Topics.enriched(), Topics.incidents(),
                Topics.provinceWeeks(), () -> { throw new AssertionError("never enriches"); }).describe();
        TreeSet<String> internal = new TreeSet<>();
        String prefix = EnrichStreamsConfig.APPLICATION_ID + "-";
        for (TopologyDescription.Subtopology sub : description.subtopologies()) {
            for (TopologyDescription.Node node : sub.nodes()) {
                if (node instanceof TopologyDescription.Processor processor) {
                    processor.stores().forEach(store -> internal.add(prefix + store + "-changelog"));
                }
                if (node instanceof TopologyDescription.Sink sink && sink.topic().endsWith("-repartition")) {
                    internal.add(prefix + sink.topic());
                }
            }
        }
        assertEquals(internal.stream().map(name -> "`" + name + "`").collect(Collectors.joining(", ")),
                block("production-internal-topics"));
    }

    @Test
    void shouldShowTheAclsTheAclsCommandPrints() throws IOException {
        java.io.StringWriter out = new java.io.StringWriter();
        CommandLine command = CpecWatchCommand.commandLine();
        command.setOut(new java.io.PrintWriter(out));
        assertEquals(0, command.execute("acls"));

        assertEquals("```bash\n" + out.toString().replace(System.lineSeparator(), "\n") + "```", block("production-acls"));
    }

    private static String block(String name) throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        String begin = "<!-- " + name + ":begin -->\n";
        int start = readme.indexOf(begin);
        int end = readme.indexOf("\n<!-- " + name + ":end -->");
        if (start < 0 || end < start) {
            throw new AssertionError("README.md has no block " + name);
        }
        return readme.substring(start + begin.length(), end);
    }
}
