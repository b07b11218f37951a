package org.cpecwatch.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class FormatOptionTest {

    private static final List<String> PRINTING_DATA =
            List.of("status", "files", "query", "incidents", "weeks", "tail", "tag", "extract", "evaluate");

    @TempDir
    Path dir;

    @Test
    void shouldOfferFormatAndJsonOnEveryCommandThatPrintsData() {
        CommandLine root = CpecWatchCommand.commandLine();
        for (String name : PRINTING_DATA) {
            CommandLine.Model.CommandSpec command = root.getSubcommands().get(name).getCommandSpec();
            assertNotNull(command.findOption("--format"), name);
            assertNotNull(command.findOption("--json"), name);
        }
    }

    @Test
    void shouldPrintTheSameForJsonAndFormatJson() {
        CliRunner.Result json = status("--json");
        CliRunner.Result format = status("--format", "json");

        assertEquals(0, format.exitCode(), format.err());
        assertEquals(json.out(), format.out());
        assertTrue(format.out().startsWith("{\"running\":false"), format.out());
    }

    @Test
    void shouldRefuseAFormatTheCommandDoesNotPrintListingTheOnesItDoes() {
        CliRunner.Result unknown = status("--format", "xml");
        CliRunner.Result notOffered = status("--format", "csv");
        CliRunner.Result wrongCase = status("--format", "JSON");

        for (CliRunner.Result result : List.of(unknown, notOffered, wrongCase)) {
            assertEquals(2, result.exitCode(), "a usage error");
            assertTrue(result.out().isEmpty(), result.out());
        }
        assertTrue(unknown.err().startsWith("unknown --format 'xml'; cpecwatch status prints table or json"),
                unknown.err());
        assertTrue(notOffered.err().startsWith("unknown --format 'csv'; cpecwatch status prints table or json"),
                notOffered.err());
    }

    @Test
    void shouldRefuseJsonWithAnotherFormatInEitherOrder() {
        assertTrue(status("--json", "--format", "table").err().startsWith("--json and --format table contradict"));
        assertTrue(status("--format", "table", "--json").err().startsWith("--json and --format table contradict"));
        assertEquals(0, status("--json", "--format", "json").exitCode());
    }

    @Test
    void shouldListEachCommandsOwnFormatsInItsHelp() {
        assertTrue(CliRunner.run("query", "--help").out().contains("table, json or csv (default: table)."));
        assertTrue(CliRunner.run("evaluate", "--help").out().contains("text or json (default: text)."));
        assertTrue(CliRunner.run("tag", "--help").out().contains("json (default: json)."));
    }

    private CliRunner.Result status(String... format) {
        List<String> args = new java.util.ArrayList<>(List.of("status", "--data", dir.resolve("data").toString(),
                "--inbox", dir.resolve("inbox").toString()));
        args.addAll(List.of(format));
        return CliRunner.run(args.toArray(String[]::new));
    }
}
