package org.cpecwatch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.cpecwatch.schemas.avro.RawArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading only: the benchmark itself is run by hand (bench/run-enrich.sh), never by the build. */
class CorpusTest {

    private static final Instant AT = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void readsTheTextFilesInNameOrderAsIngestWould(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("d0002.txt"), "Second\r\n\r\nBody two.\n");
        Files.writeString(folder.resolve("d0001.txt"), "First\n\nBody one.");
        Files.writeString(folder.resolve("labels.tsv"), "not an article");

        List<RawArticle> articles = Corpus.load(folder, AT);

        assertEquals(List.of("d0001.txt", "d0002.txt"), articles.stream().map(RawArticle::getSourceFile).toList());
        RawArticle second = articles.get(1);
        assertEquals("Second\n\nBody two.", second.getBody());
        assertNull(second.getTitle());
        assertTrue(second.getMetadata().isEmpty());
        assertEquals(AT, second.getIngestedAt());
        assertEquals(64, second.getId().length());
    }

    @Test
    void aMissingFolderSaysHowToPassOne(@TempDir Path folder) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Corpus.load(folder.resolve("nowhere"), AT));
        assertTrue(e.getMessage().contains("-p corpus="), e.getMessage());
    }
}
