package org.cpecwatch.app.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.cpecwatch.app.pipeline.TopicSetup;
import org.cpecwatch.enrich.ArticleEnricher;
import org.cpecwatch.enrich.reprocess.Reprocessor;
import org.cpecwatch.enrich.topology.EnrichStreamsConfig;
import org.cpecwatch.enrich.topology.EnrichTopology;
import org.cpecwatch.schemas.kafka.KafkaConnection;
import org.cpecwatch.schemas.topic.ProducerSettings;
import org.cpecwatch.schemas.topic.Topics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "reprocess", mixinStandardHelpOptions = true,
        description = "Enriches every article of articles.raw again with the current rules, so articles stored "
                + "under old rules get the new ones; the running sink updates their rows.")
final class ReprocessCommand implements Callable<Integer> {

    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(2);

    @Mixin
    Locations locations;

    @Mixin
    EnrichOptions enrichment;

    @Mixin
    Cluster cluster;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ArticleEnricher enricher = enrichment.enricher(Clock.systemUTC());
        KafkaConnection kafka = cluster.givenOrRunRequired(locations.dataFolder());
        TopicSetup.ensure(kafka);
        long started = System.nanoTime();
        Reprocessor.Outcome outcome;
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(kafka.settings(Map.of(
                ConsumerConfig.CLIENT_ID_CONFIG, "cpecwatch-reprocess",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false)), new ByteArrayDeserializer(), new ByteArrayDeserializer());
             KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(
                     ProducerSettings.durable(kafka, "cpecwatch-reprocess"), new ByteArraySerializer(), new ByteArraySerializer())) {
            String destination = EnrichTopology.storyInputTopic(EnrichStreamsConfig.APPLICATION_ID);
            if (!consumer.listTopics().containsKey(destination)) {
                throw new UserError("enrich has never run on " + kafka.bootstrapServers() + " (no topic " + destination
                        + "): start `run` or `enrich`, which carries reprocessed articles on to stories, incidents "
                        + "and the database");
            }
            out.println("reprocessing articles.raw with ruleset " + enricher.rulesetVersion());
            out.flush();
            outcome = new Reprocessor(consumer, producer, Topics.raw(kafka).valueSerde().deserializer(),
                    () -> enricher, Clock.systemUTC(), destination)
                    .run(progressLines(out, started));
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        out.printf(Locale.ROOT, "reprocessed %d articles in %.1f s (%.0f/s) with ruleset %s; %d dead-lettered%n",
                outcome.enriched(), seconds, outcome.enriched() / Math.max(seconds, 1e-3), enricher.rulesetVersion(),
                outcome.deadLettered());
        out.flush();
        return 0;
    }

    /** One line every couple of seconds on a long topic, none on a short one. */
    private static Reprocessor.Progress progressLines(PrintWriter out, long started) {
        long[] lastLine = {started};
        return (done, total) -> {
            long now = System.nanoTime();
            if (now - lastLine[0] >= PROGRESS_EVERY.toNanos() && done < total) {
                lastLine[0] = now;
                double rate = done / ((now - started) / 1e9);
                out.printf(Locale.ROOT, "%d/%d articles, %.0f/s, about %.0f s left%n", done, total, rate,
                        (total - done) / Math.max(rate, 1e-3));
                out.flush();
            }
        };
    }
}
