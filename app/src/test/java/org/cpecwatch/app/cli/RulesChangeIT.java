package org.cpecwatch.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.cpecwatch.enrich.relevance.RulesetLoader;
import org.cpecwatch.testkit.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An analyst edits the ruleset of a running pipeline: new articles get it at once, and {@code reprocess} gives
 * it to the articles already stored, without a restart.
 */
class RulesChangeIT {

    private static final Duration START = Duration.ofSeconds(90);
    private static final Duration WORK = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path work;

    @Test
    void shouldTakeUpAnEditedRulesetAndGiveItToStoredArticlesOnReprocess() throws Exception {
        Path rules = work.resolve("my-rules.yaml");
        writeRuleset(rules, "analyst-1");
        try (ChildProcess run = ChildProcess.start(work, "run", "--ruleset", rules.toString())) {
            run.awaitLine(START, line -> line.startsWith("ready in "));
            Seeds.copyTo(work.resolve("inbox"));
            run.awaitLine(WORK, line -> run.count(l -> l.startsWith("stored ")) == 5);

            writeRuleset(rules, "analyst-2-edited");
            run.awaitLine(WORK, line -> line.startsWith("rules reloaded: ruleset+model analyst-2-edited+lr-")
                    && line.endsWith(" applies from the next article"));

            try (ChildProcess reprocess = ChildProcess.start(work, "reprocess", "--ruleset", rules.toString())) {
                assertEquals(0, reprocess.awaitExit(WORK), reprocess.err());
                assertTrue(reprocess.out().stream().anyMatch(l -> l.startsWith("reprocessed 5 articles")
                        && l.contains("ruleset analyst-2-edited; 0 dead-lettered")), reprocess.out().toString());
            }
            run.awaitLine(WORK, line -> run.count(l -> l.startsWith("stored ")) == 10);

            Map<String, String> latest = new HashMap<>();
            for (String record : output(work, "tail", "--from-beginning", "--max", "10")) {
                JsonNode article = JSON.readTree(record);
                latest.put(article.get("id").asText(), article.at("/relevance/rulesetVersion").asText());
            }
            assertEquals(5, latest.size(), latest.toString());
            assertTrue(latest.values().stream().allMatch(v -> v.startsWith("analyst-2-edited+lr-")), latest.toString());
            run.terminate(WORK);
        }
    }

    /** The shipped rules under another version name: what an analyst's copy looks like before they change a weight. */
    private static void writeRuleset(Path file, String version) throws IOException {
        String yaml = RulesetLoader.shippedText().replaceFirst("(?m)^version: .*$", "version: " + version);
        Path next = file.resolveSibling(file.getFileName() + ".new");
        Files.writeString(next, yaml, StandardCharsets.UTF_8);
        Files.move(next, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static List<String> output(Path work, String... args) throws Exception {
        try (ChildProcess command = ChildProcess.start(work, args)) {
            assertEquals(0, command.awaitExit(WORK), command.err());
            return command.out();
        }
    }
}
