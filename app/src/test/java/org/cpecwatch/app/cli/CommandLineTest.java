package org.cpecwatch.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.cpecwatch.testkit.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void shouldTagEverySeedOfflineAsRelevantJson() throws IOException {
        Seeds.copyTo(dir);
        List<String> files = Seeds.names().stream().map(n -> dir.resolve(n).toString()).toList();

        CliRunner.Result result = CliRunner.run(concat("tag", files));

        assertEquals(0, result.exitCode(), result.err());
        List<String> lines = result.out().lines().toList();
        assertEquals(5, lines.size());
        for (String line : lines) {
            JsonNode article = JSON.readTree(line);
            assertEquals("RELEVANT", article.at("/relevance/label").asText(), line);
            assertEquals(64, article.get("id").asText().length());
            assertTrue(article.at("/relevance/reasons").size() > 0);
        }
    }

    @Test
    void shouldSayWhyAFileCannotBeTaggedAndExitNonZero() throws IOException {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);

        CliRunner.Result result = CliRunner.run("tag", empty.toString());

        assertEquals(1, result.exitCode());
        assertEquals("cpecwatch: " + empty + ": empty file (0 bytes)", result.err().strip());
    }

    @Test
    void shouldExtractEachArticleAsJsonAndReportFailedFilesAtTheEnd() throws IOException {
        Path jsonl = Files.writeString(dir.resolve("export.jsonl"), """
                {"headline": "Gwadar", "body": "Port closed after the attack.", "url": "https://example.org/g"}
                {"title": "Dasu", "text": "Bus attack on Chinese workers."}
                """);
        Path text = Files.writeString(dir.resolve("note.txt"), "title: Karachi\n\nA blast near the airport.\n");
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);

        CliRunner.Result result = CliRunner.run("extract", "--json", jsonl.toString(), empty.toString(), text.toString());

        assertEquals(1, result.exitCode());
        assertEquals(empty + ": empty file (0 bytes)", result.err().strip());
        List<JsonNode> articles = result.out().lines().map(line -> {
            try {
                return JSON.readTree(line);
            } catch (IOException e) {
                throw new AssertionError(line, e);
            }
        }).toList();
        assertEquals(3, articles.size());
        assertEquals(jsonl.toString(), articles.get(0).get("file").asText());
        assertEquals("Gwadar", articles.get(0).get("title").asText());
        assertEquals("Port closed after the attack.", articles.get(0).get("body").asText());
        assertEquals("application/x-ndjson", articles.get(0).get("contentType").asText());
        assertEquals("UTF-8", articles.get(0).get("charset").asText());
        assertEquals("https://example.org/g", articles.get(0).at("/metadata/url").asText());
        assertEquals(2, articles.get(1).get("lineNumber").asInt());
        assertEquals("Karachi", articles.get(2).get("title").asText());
        assertEquals("A blast near the airport.", articles.get(2).get("body").asText());
        assertEquals("text/plain", articles.get(2).get("contentType").asText());
    }

    @Test
    void shouldReportAnEmptyPipelineAsZerosInJson() throws IOException {
        CliRunner.Result result = CliRunner.run("status", "--json", "--data", dir.resolve("data").toString(),
                "--inbox", dir.resolve("inbox").toString());

        assertEquals(0, result.exitCode(), result.err());
        JsonNode status = JSON.readTree(result.out());
        for (String key : List.of("inbox", "archived", "failed", "stored", "relevant")) {
            assertTrue(status.get(key).isIntegralNumber(), key);
            assertEquals(0, status.get(key).asInt(), key);
        }
        assertEquals(false, status.get("running").asBoolean());
    }

    @Test
    void shouldSayWhyTheLagIsUnknownWhenTheClusterDoesNotAnswer() {
        CliRunner.Result result = CliRunner.run("status", "--data", dir.resolve("data").toString(),
                "--inbox", dir.resolve("inbox").toString(), "--bootstrap-server", "127.0.0.1:9");

        assertEquals(0, result.exitCode(), result.err());
        for (String group : List.of("cpecwatch-enrich", "cpecwatch-sink")) {
            assertTrue(result.out().lines().anyMatch(line -> line.startsWith(String.format("%-18s %s", "lag " + group,
                    "unknown: cannot read the lag from 127.0.0.1:9: "))), result.out());
        }
        assertFalse(result.out().contains("null"), result.out());
    }

    @Test
    void shouldCountInboxFilesButNotPartialOnes() throws IOException {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Files.writeString(inbox.resolve("a.txt"), "x");
        Files.writeString(inbox.resolve("b.txt.part"), "x");

        CliRunner.Result result = CliRunner.run("status", "--json", "--data", dir.resolve("data").toString(),
                "--inbox", inbox.toString());

        assertEquals(1, JSON.readTree(result.out()).get("inbox").asInt());
    }

    @Test
    void shouldRefuseToTailWhenNoPipelineRuns() {
        CliRunner.Result result = CliRunner.run("tail", "--data", dir.toString(), "--max", "1");

        assertEquals(1, result.exitCode());
        assertEquals("cpecwatch: no cpecwatch run is using the data folder " + dir.toAbsolutePath().normalize()
                + "; start ./cpecwatch run or give --bootstrap-server", result.err().strip());
    }

    @Test
    void shouldRefuseRegistryModeWithoutARegistryAndAMisspeltFormat() {
        CliRunner.Result noRegistry = CliRunner.run("tail", "--data", dir.toString(), "--serde", "registry",
                "--bootstrap-server", "127.0.0.1:9", "--max", "1");

        assertEquals(1, noRegistry.exitCode());
        assertTrue(noRegistry.err().startsWith("cpecwatch: --serde registry needs the registry's address: set"
                + " apicurio.registry.url="), noRegistry.err());

        CliRunner.Result misspelt = CliRunner.run("tail", "--data", dir.toString(), "--serde", "Registry", "--max", "1");
        assertEquals(2, misspelt.exitCode());
        assertTrue(misspelt.err().contains("unknown serde Registry; known: single-object, registry"), misspelt.err());
    }

    @Test
    void shouldRefuseAnUnsupportedDatabaseInOneLine() {
        CliRunner.Result result = CliRunner.run("status", "--data", dir.toString(), "--db", "jdbc:mysql://x/y");

        assertEquals(1, result.exitCode());
        assertEquals(1, result.err().strip().lines().count(), result.err());
        assertTrue(result.err().startsWith("cpecwatch: unsupported database jdbc:mysql://x/y"), result.err());
    }

    @Test
    void shouldEvaluateALabelledFolderAsJson() throws IOException {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        Files.writeString(articles.resolve("a1.txt"), "Chinese engineers attacked\n\nA suicide bomber attacked Chinese "
                + "engineers in Karachi, Pakistan. Security for Chinese nationals was raised.");
        Files.writeString(articles.resolve("a2.txt"), "Cricket\n\nPakistan won the Test in Lahore.");
        Path labels = Files.writeString(dir.resolve("labels.tsv"),
                "id\trelevant\tcategories\na1\t1\tATTACK\na2\t0\t\n");

        CliRunner.Result result = CliRunner.run("evaluate", "--articles", articles.toString(), "--labels",
                labels.toString(), "--json");

        assertEquals(0, result.exitCode(), result.err());
        JsonNode json = JSON.readTree(result.out());
        assertTrue(json.at("/mode").asText().startsWith("model features-"), json.at("/mode").asText());
        assertEquals(1, json.at("/result/relevance/tp").asInt());
        assertEquals(1, json.at("/result/relevance/tn").asInt());
        assertEquals(1.0, json.at("/result/relevance/f1").asDouble());
        assertTrue(json.at("/result/categories/microF1").isNumber());
        assertEquals(1, json.at("/result/categories/perCategory/ATTACK/tp").asInt());
    }

    @Test
    void shouldRefuseALabelsFileWithoutItsColumns() throws IOException {
        Path labels = Files.writeString(dir.resolve("bad.tsv"), "name\tlabel\nx\t1\n");

        CliRunner.Result result = CliRunner.run("evaluate", "--articles", dir.toString(), "--labels", labels.toString());

        assertEquals(1, result.exitCode());
        assertTrue(result.err().startsWith("cpecwatch: cannot read labelled articles: " + labels + " has no 'id' column"), result.err());
    }

    @Test
    void shouldUseTheAnalystsOwnGazetteerRows() throws IOException {
        Path article = Files.writeString(dir.resolve("a.txt"), "Chinese engineers visited Keti Bandar Port in Sindh.");
        Path mine = Files.writeString(dir.resolve("mine.csv"),
                "type,name,aliases,province,lat,lon\nPROJECT,Keti Bandar Port,,Sindh,24.14,67.45\n");

        CliRunner.Result result = CliRunner.run("tag", "--gazetteer", mine.toString(), article.toString());

        assertEquals(0, result.exitCode(), result.err());
        JsonNode entities = JSON.readTree(result.out()).get("entities");
        boolean found = false;
        for (JsonNode entity : entities) {
            found |= entity.get("name").asText().equals("Keti Bandar Port") && entity.get("type").asText().equals("PROJECT");
        }
        assertTrue(found, entities.toString());
    }

    @Test
    void shouldRefuseABrokenRulesetInOneLine() throws IOException {
        Path article = Files.writeString(dir.resolve("a.txt"), "text");
        Path rules = Files.writeString(dir.resolve("rules.yaml"), "version: x\nconcepts: {a: alpha}\nlead_sentences: 1\n"
                + "rules: [{name: r, description: d, kind: mention, concepts: [b], weight: 0.1, max_count: 1}]\n"
                + "labels: {relevant_at: 0.5, possibly_relevant_at: 0.2}\n");

        CliRunner.Result result = CliRunner.run("tag", "--ruleset", rules.toString(), article.toString());

        assertEquals(1, result.exitCode());
        assertEquals("cpecwatch: invalid ruleset or gazetteer: rule r uses an unknown concept: b", result.err().strip());
    }

    @Test
    void shouldRejectUnknownCommandWithUsage() {
        CliRunner.Result result = CliRunner.run("explode");

        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("Unmatched argument"), result.err());
    }

    private static String[] concat(String first, List<String> rest) {
        String[] all = new String[rest.size() + 1];
        all[0] = first;
        for (int i = 0; i < rest.size(); i++) {
            all[i + 1] = rest.get(i);
        }
        return all;
    }
}
