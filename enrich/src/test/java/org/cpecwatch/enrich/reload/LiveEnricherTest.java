package org.cpecwatch.enrich.reload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.cpecwatch.enrich.model.ModelFile;
import org.cpecwatch.enrich.relevance.RulesetLoader;
import org.cpecwatch.schemas.avro.RawArticle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiveEnricherTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    private static final String GAZETTEER_HEADER = "type,name,aliases,province,lat,lon\n";

    @TempDir
    Path folder;

    private Path ruleset;
    private Path gazetteer;
    private final List<String> heard = new ArrayList<>();
    private final ReloadListener listener = new ReloadListener() {
        @Override
        public void rulesReloaded(String rulesetVersion) {
            heard.add("reloaded " + rulesetVersion);
        }

        @Override
        public void rulesRejected(String reason) {
            heard.add("rejected " + reason);
        }
    };

    @BeforeEach
    void writeRuleFiles() throws IOException {
        ruleset = folder.resolve("ruleset.yaml");
        gazetteer = folder.resolve("places.csv");
        writeRuleset("analyst-1");
        write(gazetteer, GAZETTEER_HEADER);
    }

    @Test
    void shouldKeepTheRulesWhileTheFilesAreUnchanged() throws IOException {
        LiveEnricher live = new LiveEnricher(new RuleFiles(ruleset, gazetteer), CLOCK, listener);

        assertFalse(live.reloadIfChanged());
        assertEquals("analyst-1", live.get().rulesetVersion());
        assertTrue(heard.isEmpty());
    }

    @Test
    void shouldApplyAnEditedRulesetWithoutARestart() throws IOException {
        LiveEnricher live = new LiveEnricher(new RuleFiles(ruleset, gazetteer), CLOCK, listener);

        writeRuleset("analyst-2-longer");

        assertFalse(live.reloadIfChanged(), "not before the file has stayed the same for one look");
        assertTrue(live.reloadIfChanged());
        assertEquals("analyst-2-longer", live.get().rulesetVersion());
        assertEquals(List.of("reloaded analyst-2-longer+" + ModelFile.shipped().version()), heard);
    }

    @Test
    void shouldFindAPlaceAddedToTheGazetteerFile() throws IOException {
        LiveEnricher live = new LiveEnricher(new RuleFiles(ruleset, gazetteer), CLOCK, listener);
        String text = "Security was raised at Washuk in Pakistan after threats to Chinese engineers.";
        assertTrue(places(live, text).isEmpty(), "not in the shipped gazetteer, or the test proves nothing");

        write(gazetteer, GAZETTEER_HEADER + "CITY,Washuk,,Balochistan,27.73,64.80\n");

        assertFalse(live.reloadIfChanged());
        assertTrue(live.reloadIfChanged());
        assertEquals(List.of("Washuk in Balochistan"), places(live, text));
    }

    @Test
    void shouldKeepThePreviousRulesWhenTheEditedFileDoesNotLoad() throws IOException {
        LiveEnricher live = new LiveEnricher(new RuleFiles(ruleset, gazetteer), CLOCK, listener);

        write(ruleset, "version: broken\nconcepts: [unclosed\n");

        assertFalse(live.reloadIfChanged());
        assertFalse(live.reloadIfChanged());
        assertFalse(live.reloadIfChanged(), "a file that does not load is reported once, not at every look");
        assertEquals("analyst-1", live.get().rulesetVersion());
        assertEquals(1, heard.size());
        assertTrue(heard.get(0).startsWith("rejected not valid YAML"), heard.get(0));
    }

    @Test
    void shouldKeepThePreviousRulesWhenAFileIsDeleted() throws IOException {
        LiveEnricher live = new LiveEnricher(new RuleFiles(ruleset, gazetteer), CLOCK, listener);

        Files.delete(ruleset);

        assertFalse(live.reloadIfChanged());
        assertFalse(live.reloadIfChanged());
        assertEquals("analyst-1", live.get().rulesetVersion());
        assertTrue(heard.get(0).startsWith("rejected"), heard.toString());
    }

    private static List<String> places(LiveEnricher live, String text) {
        RawArticle raw = RawArticle.newBuilder().setId("a").setSourceFile("a.txt").setIngestedAt(CLOCK.instant())
                .setSizeBytes(text.length()).setBody(text).build();
        return live.get().enrich(raw).getEntities().stream()
                .filter(e -> e.getAttributes().containsKey("province"))
                .map(e -> e.getName() + " in " + e.getAttributes().get("province")).filter(n -> n.startsWith("Washuk")).toList();
    }

    private void writeRuleset(String version) throws IOException {
        write(ruleset, RulesetLoader.shippedText().replaceFirst("(?m)^version: .*$", "version: " + version));
    }

    /** Moves the modification time on, so the change is seen even on file systems with coarse timestamps. */
    private static void write(Path file, String text) throws IOException {
        FileTime before = Files.exists(file) ? Files.getLastModifiedTime(file) : FileTime.fromMillis(0);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, FileTime.fromMillis(before.toMillis() + 2_000));
    }
}
