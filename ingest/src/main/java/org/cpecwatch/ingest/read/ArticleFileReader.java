package org.cpecwatch.ingest.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.apache.tika.mime.MediaType;
import org.cpecwatch.ingest.read.format.ArticleParser;
import org.cpecwatch.ingest.read.format.ArticleParsers;
import org.cpecwatch.ingest.read.format.FormatDetector;
import org.cpecwatch.ingest.read.format.ParseResult;

/**
 * Reads an article file into normalised articles (UTF-8, NFC) or says clearly why it cannot. The format is
 * detected from the content; the size cap is enforced while reading, so a huge file costs at most cap+1 bytes.
 * One instance serves every thread.
 */
public final class ArticleFileReader {

    private final long maxBytes;
    private final FormatDetector detector = new FormatDetector();
    private final ArticleParsers parsers = new ArticleParsers();

    public ArticleFileReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The name the file had in the inbox is a hint for detection; the path is where it is now. */
    public ReadOutcome read(Path path, String originalName) {
        byte[] bytes;
        try (InputStream in = new SizeCappedInputStream(Files.newInputStream(path), maxBytes)) {
            bytes = in.readAllBytes();
        } catch (SizeCappedInputStream.TooLargeException e) {
            return new ReadOutcome.Unreadable(e.getMessage());
        } catch (IOException e) {
            return new ReadOutcome.Unreadable("cannot read the file: " + e.getMessage());
        }
        if (bytes.length == 0) {
            return new ReadOutcome.Unreadable("empty file (0 bytes)");
        }
        try {
            MediaType type = detector.detect(bytes, originalName);
            Optional<ArticleParser> parser = parsers.forType(type);
            if (parser.isEmpty()) {
                return new ReadOutcome.Unreadable("unsupported file type " + type + ": ingest reads text, Markdown, "
                        + "HTML, JSON, JSON lines, PDF, DOCX, ODT, RTF and e-mail (.eml)");
            }
            ParseResult parsed = parser.get().parse(bytes, type, originalName);
            return new ReadOutcome.Articles(parsed.articles(), parsed.failures(), bytes.length);
        } catch (UnreadableFileException e) {
            return new ReadOutcome.Unreadable(e.getMessage());
        } catch (IOException e) {
            return new ReadOutcome.Unreadable("cannot read the file: " + e.getMessage());
        }
    }
}
