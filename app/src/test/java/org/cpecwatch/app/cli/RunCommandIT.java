package org.cpecwatch.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.cpecwatch.testkit.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cpecwatch run} exactly as the README starts it: its own JVM, the embedded broker, SQLite and ./inbox in
 * the working folder. Covers the ready line, the data-folder lock, status, SIGTERM and a restart that keeps records.
 */
class RunCommandIT {

    private static final Duration START = Duration.ofSeconds(90);
    private static final Duration WORK = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path work;

    @Test
    void shouldRunTheWholePipelineStopCleanlyAndKeepItsRecordsAcrossARestart() throws Exception {
        try (ChildProcess run = ChildProcess.start(work, "run")) {
            run.awaitLine(START, line -> line.startsWith("ready in ") && line.contains("(embedded)"));

            try (ChildProcess second = ChildProcess.start(work, "run")) {
                assertEquals(1, second.awaitExit(START));
                assertTrue(second.err().contains("another cpecwatch run is already using the data folder"), second.err());
            }

            Seeds.copyTo(work.resolve("inbox"));
            run.awaitLine(WORK, line -> run.count(l -> l.startsWith("stored ")) == 5);
            assertEquals(5, run.count(line -> line.startsWith("stored ") && line.contains("RELEVANT")));

            JsonNode status = JSON.readTree(output(work, "status", "--json").get(0));
            assertEquals(0, status.get("inbox").asInt());
            assertEquals(5, status.get("archived").asInt());
            assertEquals(5, status.get("stored").asInt());
            assertEquals(5, status.get("relevant").asInt());
            assertTrue(status.get("running").asBoolean());
            for (String stage : List.of("ingest", "enrich", "sink")) {
                assertEquals("ready", status.get(stage).asText(), stage);
            }

            run.terminate(WORK);
            assertTrue(run.out().contains("stopped"), run.out() + run.err());
        }

        try (ChildProcess again = ChildProcess.start(work, "run")) {
            again.awaitLine(START, line -> line.startsWith("ready in "));
            List<String> records = output(work, "tail", "--from-beginning", "--max", "5");
            assertEquals(5, records.size(), records.toString());
            for (String record : records) {
                assertEquals("RELEVANT", JSON.readTree(record).at("/relevance/label").asText());
            }
            again.terminate(WORK);
        }
    }

    private static List<String> output(Path work, String... args) throws Exception {
        try (ChildProcess command = ChildProcess.start(work, args)) {
            assertEquals(0, command.awaitExit(WORK), command.err());
            return command.out();
        }
    }
}
