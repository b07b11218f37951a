package org.cpecwatch.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.cpecwatch.enrich.model.ModelFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped model is what {@code cpecwatch train} makes of the shipped labels: anyone with the dev corpus can
 * rebuild it, bit for bit, and a change of ruleset or training code that forgets to retrain fails here.
 */
class TrainCommandTest {

    /** The labelled articles: shared/ beside the project, as on every developer's machine and in CI. */
    private static final Path DEV_ARTICLES = Path.of(System.getProperty("cpecwatch.devArticles",
            "../../shared/corpus/dev/articles"));
    private static final Path LABELS = Path.of("../training/labels.tsv");

    @Test
    void shouldRebuildTheShippedModelBitForBitFromTheShippedLabels(@TempDir Path dir) throws IOException {
        assertTrue(Files.isDirectory(DEV_ARTICLES), "the dev corpus is not at " + DEV_ARTICLES.toAbsolutePath()
                + ": this test needs it (set -Dcpecwatch.devArticles=DIR)");
        Path out = dir.resolve("model.json");

        CliRunner.Result result = CliRunner.run("train", "--articles", DEV_ARTICLES.toString(),
                "--labels", LABELS.toString(), "--out", out.toString());

        assertEquals(0, result.exitCode(), result.err());
        assertEquals(shipped(), Files.readString(out, StandardCharsets.UTF_8),
                "retrain and ship: cpecwatch train --articles DIR --labels training/labels.tsv "
                        + "--out enrich/src/main/resources/relevance/model.json");
    }

    @Test
    void shouldRefuseToTrainWhenALabelledArticleIsMissing(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("labels.tsv"), "id\trelevant\tcategories\nx1\t1\tATTACK\n");

        CliRunner.Result result = CliRunner.run("train", "--articles", dir.toString(),
                "--labels", dir.resolve("labels.tsv").toString(), "--out", dir.resolve("m.json").toString());

        assertEquals(1, result.exitCode(), result.out());
        assertTrue(result.err().contains("missing or unreadable") && result.err().contains("x1"), result.err());
    }

    @Test
    void shouldRefuseToScoreAnArticleItWasTrainedOn(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("labels.tsv"), "id\trelevant\tcategories\n");
        Files.writeString(dir.resolve("train.ids"), "d0001\nd0002\n");
        Files.writeString(dir.resolve("test.ids"), "d0002\nd0003\n");

        CliRunner.Result result = CliRunner.run("evaluate", "--articles", dir.toString(),
                "--labels", dir.resolve("labels.tsv").toString(), "--train-on", dir.resolve("train.ids").toString(),
                "--test-on", dir.resolve("test.ids").toString());

        assertEquals(1, result.exitCode(), result.out());
        assertTrue(result.err().contains("--train-on and --test-on share ids"), result.err());
    }

    private static String shipped() throws IOException {
        try (InputStream in = ModelFile.class.getResourceAsStream(ModelFile.SHIPPED)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
