package org.cpecwatch.enrich.fuzz;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.cpecwatch.enrich.ArticleEnricher;
import org.cpecwatch.enrich.entities.Gazetteer;
import org.cpecwatch.enrich.evaluation.LabelsFile;
import org.cpecwatch.enrich.language.Sentences;
import org.cpecwatch.enrich.text.DateFinder;
import org.cpecwatch.schemas.avro.RawArticle;
import org.cpecwatch.testkit.HostileInput;

/**
 * Enrichment and the files an analyst edits, on any input. An article's text is never refused: whatever it holds is
 * enriched in bounded time. A user file (gazetteer, labels) may be refused, with IllegalArgumentException or
 * IOException saying why, never with anything else. The build replays the committed seeds (EnrichFuzzTestInputs/);
 * to fuzz, {@code JAZZER_FUZZ=1 ./mvnw -pl enrich -am test -Dtest=EnrichFuzzTest#<target>} (README, "Fuzzing").
 */
class EnrichFuzzTest {

    private static final ArticleEnricher ENRICHER =
            new ArticleEnricher(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));

    /** Cleaning, title, dates, relevance, categories, entities, sentences, incidents: the whole enricher. */
    @FuzzTest(maxDuration = "60s")
    void wholeArticle(FuzzedDataProvider data) {
        String title = data.consumeString(300);
        String date = data.consumeString(40);
        String body = data.consumeRemainingAsString();
        RawArticle raw = RawArticle.newBuilder().setId("fuzz").setSourceFile("fuzz.json").setIngestedAt(Instant.EPOCH)
                .setSizeBytes(body.length()).setTitle(title).setBody(body).setMetadata(Map.of("date", date)).build();
        HostileInput.parse(() -> ENRICHER.enrich(raw));
    }

    @FuzzTest(maxDuration = "30s")
    void dateFinder(FuzzedDataProvider data) {
        String date = data.consumeString(60);
        String text = data.consumeRemainingAsString();
        HostileInput.parse(() -> DateFinder.find(Map.of("date", date), text));
    }

    @FuzzTest(maxDuration = "30s")
    void sentences(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        HostileInput.parse(() -> Sentences.of(text));
    }

    @FuzzTest(maxDuration = "30s")
    void gazetteerFile(byte[] bytes) throws Exception {
        Path file = Files.write(Files.createTempFile("fuzz", ".csv"), bytes);
        try {
            HostileInput.parse(() -> refusedOrLoaded(() -> Gazetteer.shipped().withUserFile(file)));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @FuzzTest(maxDuration = "30s")
    void labelsFile(byte[] bytes) throws Exception {
        Path file = Files.write(Files.createTempFile("fuzz", ".tsv"), bytes);
        try {
            HostileInput.parse(() -> refusedOrLoaded(() -> LabelsFile.read(file)));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private interface Load {
        Object run() throws Exception;
    }

    /** A user file may be refused with a reason; anything else thrown is a finding. */
    static void refusedOrLoaded(Load load) throws Exception {
        try {
            load.run();
        } catch (IllegalArgumentException | java.io.IOException refused) {
            if (refused.getMessage() == null || refused.getMessage().isBlank()) {
                throw new AssertionError("a refusal must say why", refused);
            }
        }
    }
}
