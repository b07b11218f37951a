package org.cpecwatch.ingest.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
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

    private static final int MAX_READS = 3;

    private final long maxBytes;
    private final FormatDetector detector = new FormatDetector();
    private final ArticleParsers parsers = new ArticleParsers();

    public ArticleFileReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The name the file had in the inbox is a hint for detection; the path is where it is now. */
    public ReadOutcome read(Path path, String originalName) {
        byte[] bytes;
        try {
            bytes = readSettled(path);
        } catch (ReadRefusal e) {
            return new ReadOutcome.Unreadable(e.getMessage());
        } catch (SizeCappedInputStream.TooLargeException e) {
            return new ReadOutcome.Unreadable(e.getMessage());
        } catch (NoSuchFileException e) {
            return ReadOutcome.Unreadable.because("the file disappeared before it could be read (deleted or moved away)", e);
        } catch (AccessDeniedException e) {
            return ReadOutcome.Unreadable.because("permission denied: the file may not be read (check its permissions)", e);
        } catch (IOException e) {
            return ReadOutcome.Unreadable.because("cannot read the file: " + e.getMessage(), e);
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
            return ReadOutcome.Unreadable.because(e.getMessage(), e.getCause());
        } catch (IOException e) {
            return ReadOutcome.Unreadable.because("cannot read the file: " + e.getMessage(), e);
        }
    }

    /**
     * Only regular files are opened, and never through a link: a link could point out of the inbox, and opening a
     * FIFO blocks until someone writes to it. A file that changes while it is read is read again, so a torn mix of
     * two versions is never published; what is published is the file as it was when it was read.
     */
    private byte[] readSettled(Path path) throws IOException {
        for (int attempt = 1; attempt <= MAX_READS; attempt++) {
            FileSnapshot before = FileSnapshot.of(path);
            if (before.symbolicLink()) {
                throw new ReadRefusal("symbolic link: not followed (ingest reads only files inside the inbox)");
            }
            if (!before.regularFile()) {
                throw new ReadRefusal("not a regular file (a FIFO, socket or device): not read");
            }
            byte[] bytes;
            try (InputStream in = new SizeCappedInputStream(Files.newInputStream(path, LinkOption.NOFOLLOW_LINKS), maxBytes)) {
                bytes = in.readAllBytes();
            }
            if (before.equals(FileSnapshot.of(path))) {
                return bytes;
            }
        }
        throw new ReadRefusal("the file kept changing while it was read (" + MAX_READS + " tries): still being written?");
    }

    /** A refusal decided before or around reading, already in plain words. */
    private static final class ReadRefusal extends IOException {
        ReadRefusal(String reason) {
            super(reason);
        }
    }
}
