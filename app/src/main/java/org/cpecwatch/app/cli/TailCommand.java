package org.cpecwatch.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.cpecwatch.app.format.OutputFormat;
import org.cpecwatch.app.tail.TopicTail;
import org.apache.kafka.common.serialization.Serde;
import org.cpecwatch.schemas.kafka.KafkaConnection;
import org.cpecwatch.schemas.topic.Topic;
import org.cpecwatch.schemas.topic.Topics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "tail", mixinStandardHelpOptions = true,
        description = "Prints the records of a topic as JSON lines, one per record (default: articles.enriched).")
final class TailCommand implements Callable<Integer> {

    @Mixin
    Locations locations;

    @Mixin
    Cluster cluster;

    @Option(names = "--topic", defaultValue = Topics.ENRICHED, paramLabel = "NAME",
            description = "articles.enriched, articles.raw or articles.dlq (default: ${DEFAULT-VALUE}).")
    String topic;

    @Option(names = "--from-beginning", description = "Start at the oldest record instead of waiting for new ones.")
    boolean fromBeginning;

    @Option(names = "--max", paramLabel = "N", description = "Stop after N records.")
    Integer max;

    /** JSON only: taken so that scripts can ask every command the same way. */
    @Mixin
    FormatOption output = FormatOption.offering(OutputFormat.json);

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (Topics.all().stream().noneMatch(t -> t.name().equals(topic))) {
            throw new UserError("unknown topic " + topic + "; known: " + Topics.all().stream().map(Topic::name).toList());
        }
        if (max != null && max < 1) {
            throw new UserError("--max must be at least 1, got " + max);
        }
        PrintWriter out = spec.commandLine().getOut();
        KafkaConnection kafka = cluster.givenOrRunRequired(locations.dataFolder());
        Topic<?, ?> source = Topics.named(topic, kafka).orElseThrow();
        try (TopicTail tail = new TopicTail(kafka); Serde<?> values = source.valueSerde()) {
            tail.follow(source, fromBeginning ? TopicTail.Start.OLDEST : TopicTail.Start.NEWEST, max, line -> {
                out.println(line);
                out.flush();
            });
        } catch (TopicTail.MissingTopic e) {
            throw new UserError(e.getMessage());
        }
        return 0;
    }
}
