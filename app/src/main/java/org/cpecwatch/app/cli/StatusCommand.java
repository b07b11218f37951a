package org.cpecwatch.app.cli;

import java.io.PrintWriter;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.admin.Admin;
import org.cpecwatch.app.data.DataFolder;
import org.cpecwatch.app.data.FileCounts;
import org.cpecwatch.app.data.ReadyFile;
import org.cpecwatch.app.format.OutputFormat;
import org.cpecwatch.app.ops.ConsumerLag;
import org.cpecwatch.app.pipeline.Stages;
import org.cpecwatch.schemas.avro.RelevanceLabel;
import org.cpecwatch.schemas.kafka.KafkaConnection;
import org.cpecwatch.sink.db.Database;
import org.cpecwatch.sink.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Whether each stage is ready, and what the pipeline holds: files waiting, archived and failed, "
                + "articles stored and relevant, and how far enrich and sink lag behind their topics.")
final class StatusCommand implements Callable<Integer> {

    @Mixin
    Locations locations;

    @Mixin
    FormatOption output = FormatOption.offering(OutputFormat.table, OutputFormat.json);

    /** The cluster to read the consumer lag from: the one given, else the broker of the run holding --data. */
    @Mixin
    Cluster cluster;

    private static final Duration LAG_TIMEOUT = Duration.ofSeconds(5);

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        DataFolder data = locations.dataFolder();
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("running", data.isRunning());
        Instant now = Clock.systemUTC().instant();
        Stages.NAMES.forEach(stage -> status.put(stage, ReadyFile.describe(data.readyFile(stage), now)));
        status.putAll(FileCounts.of(data, locations.inbox));
        status.putAll(databaseCounts());
        Optional<KafkaConnection> kafka = cluster.givenOrRun(data);
        Map<String, Object> lag = kafka.map(StatusCommand::lag).orElse(null);
        PrintWriter out = spec.commandLine().getOut();
        if (output.isJson()) {
            status.put("lag", lag);
            out.println(new ObjectMapper().writeValueAsString(status));
        } else {
            status.forEach((key, value) -> out.printf("%-18s %s%n", key, value));
            if (lag == null) {
                out.printf("%-18s %s%n", "lag", "unknown: no run holds --data; give --bootstrap-server");
            } else {
                lag.forEach((group, of) -> out.printf("%-18s %s%n", "lag " + group, lagLine((Map<?, ?>) of)));
            }
        }
        out.flush();
        return 0;
    }

    /** The total, or why there is none. */
    static String lagLine(Map<?, ?> of) {
        Object total = of.get("total");
        return total != null ? total.toString() : "unknown: " + of.get("error");
    }

    /**
     * Per group: {@code total} (null when the cluster did not answer, with {@code error}) and {@code partitions}
     * ({@code topic-partition} to lag) for every partition of the topics the group reads.
     */
    private static Map<String, Object> lag(KafkaConnection kafka) {
        Map<String, Object> groups = new LinkedHashMap<>();
        try (Admin admin = ConsumerLag.admin(kafka, LAG_TIMEOUT)) {
            for (String group : ConsumerLag.GROUPS) {
                Map<String, Object> of = new LinkedHashMap<>();
                try {
                    ConsumerLag.GroupLag found = ConsumerLag.of(admin, group, LAG_TIMEOUT);
                    Map<String, Long> partitions = new LinkedHashMap<>();
                    found.partitions().forEach((p, n) -> partitions.put(p.topic() + "-" + p.partition(), n));
                    of.put("total", found.total());
                    of.put("partitions", partitions);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new UserError("interrupted while reading the consumer lag");
                } catch (ExecutionException | TimeoutException e) {
                    of.put("total", null);
                    of.put("error", "cannot read the lag from " + kafka.bootstrapServers() + ": "
                            + (e.getCause() != null ? e.getCause().getMessage() : "no answer in " + LAG_TIMEOUT.toSeconds() + " s"));
                }
                groups.put(group, of);
            }
        }
        return groups;
    }

    private Map<String, Long> databaseCounts() throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        Database database = locations.database();
        if (database.isMissingSqliteFile()) {
            counts.put("stored", 0L);
            counts.put("relevant", 0L);
            counts.put("possiblyRelevant", 0L);
            return counts;
        }
        try (ArticleStore store = ArticleStore.open(database, Clock.systemUTC())) {
            counts.put("stored", store.count());
            counts.put("relevant", store.countWithLabel(RelevanceLabel.RELEVANT));
            counts.put("possiblyRelevant", store.countWithLabel(RelevanceLabel.POSSIBLY_RELEVANT));
        }
        return counts;
    }
}
