package org.cpecwatch.ingest.read.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.cpecwatch.ingest.IngestConfig;
import org.cpecwatch.ingest.read.ArticleFileReader;
import org.cpecwatch.ingest.read.ParsedArticle;
import org.cpecwatch.ingest.read.ReadOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormatsTest {

    @TempDir
    Path dir;

    private final ArticleFileReader reader = new ArticleFileReader(IngestConfig.DEFAULT_MAX_FILE_BYTES);

    @Test
    void shouldTakeTheSeedDateOffTheFirstLineAndKeepTheSentence() throws IOException {
        ParsedArticle article = only(fixture("seed-style.txt"));
        assertEquals("2022-12-21", article.metadata().get("date"));
        assertTrue(article.body().startsWith("Ensure effective measures"), article.body());
    }

    @Test
    void shouldMoveHeaderLinesIntoMetadata() throws IOException {
        ParsedArticle article = only(fixture("header-lines.txt"));
        assertEquals("Attack near Gwadar port", article.title());
        assertEquals("Dawn", article.metadata().get("source"));
        assertEquals("https://example.org/gwadar", article.metadata().get("url"));
        assertEquals("Angry officials said the convoy was hit on Monday.", article.body());
    }

    @Test
    void shouldNotTakeADatelineForAHeader() throws IOException {
        ParsedArticle article = only(fixture("dateline.txt"));
        assertTrue(article.body().startsWith("KARACHI: Police said"), article.body());
        assertFalse(article.metadata().containsKey("karachi"));
    }

    @Test
    void shouldReadAFirstLineOfManySpacesInLinearTime() throws IOException {
        // Quadratic header matching took 22 s on this line, and the inbox re-reads the file after every restart.
        String text = "title: Attack" + " ".repeat(80_000) + "near Gwadar\nOfficials said the convoy was hit.";
        Path file = write("spaces.txt", text.getBytes(StandardCharsets.UTF_8));

        ParsedArticle article = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> only(file));

        assertEquals(null, article.title());
        assertTrue(article.body().endsWith("convoy was hit."), article.body());
    }

    @Test
    void shouldReadYamlFrontMatterOfMarkdown() throws IOException {
        ParsedArticle article = only(fixture("front-matter.md"));
        assertEquals("text/markdown", article.contentType());
        assertEquals("Convoy attacked", article.title());
        assertEquals("2024-03-26", article.metadata().get("date"));
        assertEquals("Staff reporter", article.metadata().get("author"));
        assertEquals("security, cpec", article.metadata().get("tags"));
        assertTrue(article.body().startsWith("# Convoy attacked\n\nFive Chinese"), article.body());
    }

    @Test
    void shouldMapUsualJsonFieldNames() throws IOException {
        ParsedArticle article = only(fixture("article.json"));
        assertEquals("application/json", article.contentType());
        assertEquals("Dasu bus attack", article.title());
        assertEquals("Nine Chinese workers were killed at Dasu.", article.body());
        assertEquals("2021-07-14", article.metadata().get("date"));
        assertEquals("https://example.org/dasu", article.metadata().get("url"));
        assertEquals("Reuters", article.metadata().get("source"));
        assertEquals("A. Reporter", article.metadata().get("author"));
    }

    @Test
    void shouldRefuseJsonWithoutTextAndMalformedJsonClearly() throws IOException {
        assertEquals("no text field: expected one of body, text, content, article, articleBody",
                reason(fixture("no-text.json")));
        String malformed = reason(fixture("malformed.json"));
        assertTrue(malformed.startsWith("malformed JSON at line 4, column 3: Unexpected character"), malformed);
    }

    @Test
    void shouldReadEachJsonLineAndFailOnlyTheBadOne() throws IOException {
        ReadOutcome.Articles read = articles(fixture("export.jsonl"));
        assertEquals(List.of(1, 4), read.articles().stream().map(ParsedArticle::lineNumber).toList());
        assertEquals("First article about Gwadar.", read.articles().get(0).body());
        assertEquals("Three", read.articles().get(1).title());
        assertEquals(1, read.failures().size());
        assertEquals(2, read.failures().get(0).lineNumber());
        assertTrue(read.failures().get(0).reason().startsWith("malformed JSON at line 1"), read.failures().get(0).reason());
    }

    @Test
    void shouldRecogniseJsonLinesByContentUnderAnyName() throws IOException {
        Path renamed = Files.copy(fixture("export.jsonl"), dir.resolve("export.txt"));
        assertEquals(2, articles(renamed).articles().size());
    }

    @Test
    void shouldReadEmailWithSubjectSenderAndDate() throws IOException {
        ParsedArticle article = only(fixture("mail.eml"));
        assertEquals("message/rfc822", article.contentType());
        assertTrue(article.body().contains("A blast outside Karachi airport killed two Chinese nationals"), article.body());
        assertEquals("Karachi airport blast", article.metadata().get("subject"));
        assertTrue(article.metadata().get("from").contains("desk@example.org"), article.metadata().toString());
        assertTrue(article.metadata().get("date").startsWith("2024-10-07T10:00"), article.metadata().toString());
    }

    @Test
    void shouldReadRtfWithTitleAndAuthor() throws IOException {
        ParsedArticle article = only(fixture("note.rtf"));
        assertEquals("application/rtf", article.contentType());
        assertEquals("Security was raised at Gwadar port after the attack.", article.body());
        assertEquals("Port security", article.title());
        assertEquals("Desk", article.metadata().get("author"));
    }

    @Test
    void shouldReadHtmlInTheCharsetItDeclares() throws IOException {
        ParsedArticle article = only(fixture("latin1.html"));
        assertEquals("text/html", article.contentType());
        assertEquals("ISO-8859-1", article.charset());
        assertEquals("declared", article.metadata().get("charsetSource"));
        assertEquals("Caf\u00e9 in Lahore", article.title());
        assertTrue(article.body().contains("The caf\u00e9 near the consulate reopened"), article.body());
    }

    @Test
    void shouldNeverResolveXmlExternalEntities() throws IOException {
        String secret = Files.readString(Path.of("/etc/hostname")).strip();
        ReadOutcome outcome = reader.read(fixture("external-entity.xml"), "external-entity.xml");
        if (outcome instanceof ReadOutcome.Articles read) {
            String body = read.articles().get(0).body();
            assertTrue(body.contains("Visible text about Gwadar."), body);
            assertFalse(body.contains(secret), body);
        } else {
            assertFalse(((ReadOutcome.Unreadable) outcome).reason().contains(secret));
        }
    }

    @Test
    void shouldReadPdfTextAndTitle() throws IOException {
        ParsedArticle article = only(write("report.pdf", TestDocuments.pdf("Besham attack", "Five engineers died in Besham.")));
        assertEquals("application/pdf", article.contentType());
        assertEquals("Five engineers died in Besham.", article.body());
        assertEquals("Besham attack", article.title());
        assertEquals("Desk", article.metadata().get("author"));
    }

    @Test
    void shouldRefuseATruncatedPdf() throws IOException {
        byte[] pdf = TestDocuments.pdf("Besham attack", "Five engineers died in Besham.");
        String reason = reason(write("cut.pdf", Arrays.copyOf(pdf, 120)));
        assertEquals("truncated PDF: the end of the file is missing (an interrupted download?)", reason);
    }

    @Test
    void shouldReadDocxAndOdtTextAndTitle() throws IOException {
        ParsedArticle docx = only(write("story.docx", TestDocuments.docx("Dasu report", "Nine workers were killed at Dasu.")));
        assertEquals("Nine workers were killed at Dasu.", docx.body());
        assertEquals("Dasu report", docx.title());
        assertEquals("Desk", docx.metadata().get("author"));
        assertEquals("2024-10-07T10:00:00Z", docx.metadata().get("date"));

        ParsedArticle odt = only(write("story.odt", TestDocuments.odt("Gwadar report", "The port was closed for a day.")));
        assertEquals("application/vnd.oasis.opendocument.text", odt.contentType());
        assertEquals("The port was closed for a day.", odt.body());
        assertEquals("Gwadar report", odt.title());
    }

    @Test
    void shouldRefuseAZipBombDisguisedAsDocxQuicklyAndWithoutRunningOutOfMemory() throws IOException {
        Path bomb = write("bomb.docx", TestDocuments.zipBomb(150));
        String reason = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> reason(bomb));
        // POI's entry-size guard, capped by the parser, stops the inflation long before memory runs short.
        assertTrue(reason.contains("Zip bomb detected"), reason);
    }

    @Test
    void shouldSurviveDeeplyNestedHtml() throws IOException {
        String html = "<html><body>" + "<div>".repeat(200_000) + "Deep text about Gwadar port." + "</div>".repeat(200_000)
                + "</body></html>";
        Path file = write("deep.html", html.getBytes(StandardCharsets.UTF_8));
        ReadOutcome outcome = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> reader.read(file, "deep.html"));
        if (outcome instanceof ReadOutcome.Articles read) {
            assertTrue(read.articles().get(0).body().contains("Deep text about Gwadar port."));
        }
    }

    @Test
    void shouldDecodeLatinTextThatIsNotUtf8ByTheDetectedCharset() throws IOException {
        byte[] bytes = ("The caf\u00e9 in Lahore reopened on Tuesday; its owner, Ren\u00e9e, said security was tight "
                + "and that the na\u00efve hope of a quiet season had gone.").getBytes(StandardCharsets.ISO_8859_1);
        ParsedArticle article = only(write("latin.txt", bytes));
        assertTrue(article.body().contains("caf\u00e9") && article.body().contains("Ren\u00e9e"), article.body());
        assertEquals("detected", article.metadata().get("charsetSource"));
        assertTrue(Integer.parseInt(article.metadata().get("charsetConfidence")) > 0);
    }

    @Test
    void shouldRefuseBytesThatNoCharsetReadsCleanly() throws IOException {
        // 0x81 and 0x8D are undefined in windows-1252, C1 controls in ISO-8859-1, and a lead byte with no valid
        // trail (a space) in every multi-byte charset: no guess reads this without damage, so it must fail.
        String prose = "Officials said the convoy reached Gwadar port on Monday after a long delay. ";
        byte[] text = prose.repeat(4).getBytes(StandardCharsets.US_ASCII);
        for (int i = 20; i < text.length; i += 60) {
            text[i - 1] = (byte) 0x81;
            text[i + 10] = (byte) 0x8D;
        }
        String reason = reason(write("garbled.txt", text));
        assertEquals("unknown character encoding: the bytes are not valid UTF-8 and no other encoding reads them "
                + "cleanly", reason);
    }

    @Test
    void shouldRefuseBinaryGarbageAsUnsupported() throws IOException {
        byte[] bytes = new byte[4096];
        new java.util.Random(7).nextBytes(bytes);
        bytes[0] = 0;
        assertTrue(reason(write("noise.txt", bytes)).startsWith("binary content") || reason(write("noise.bin", bytes))
                .startsWith("unsupported file type"));
    }

    private ParsedArticle only(Path file) {
        ReadOutcome.Articles read = articles(file);
        assertEquals(1, read.articles().size());
        assertTrue(read.failures().isEmpty());
        return read.articles().get(0);
    }

    private ReadOutcome.Articles articles(Path file) {
        ReadOutcome outcome = reader.read(file, file.getFileName().toString());
        return assertInstanceOf(ReadOutcome.Articles.class, outcome, outcome.toString());
    }

    private String reason(Path file) {
        ReadOutcome outcome = reader.read(file, file.getFileName().toString());
        return assertInstanceOf(ReadOutcome.Unreadable.class, outcome, outcome.toString()).reason();
    }

    private Path fixture(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/formats/" + name)) {
            return write(name, in.readAllBytes());
        }
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }
}
