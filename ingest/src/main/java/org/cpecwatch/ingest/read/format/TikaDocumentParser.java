package org.cpecwatch.ingest.read.format;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Message;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Property;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.cpecwatch.ingest.read.ParsedArticle;
import org.cpecwatch.ingest.read.UnreadableFileException;
import org.xml.sax.SAXException;

/**
 * Office documents, PDF, e-mail, RTF and XML through Tika. The write limit and Tika's own guards (zip-bomb
 * ratio checks, secure XML parsing without external entities) turn hostile files into failures, not OOMs.
 */
final class TikaDocumentParser implements ArticleParser {

    // Ten times the longest article we have seen; anything longer is a book or an attack, not a news story.
    static final int MAX_CHARACTERS = 2_000_000;
    static final MediaType EMAIL = MediaType.parse("message/rfc822");
    private static final Set<MediaType> TYPES = Set.of(MediaType.application("pdf"),
            MediaType.application("vnd.openxmlformats-officedocument.wordprocessingml.document"),
            MediaType.application("msword"), EMAIL, MediaType.application("rtf"),
            MediaType.application("vnd.oasis.opendocument.text"), MediaType.APPLICATION_XML, MediaType.text("xml"));

    // An office document's XML part is a few MB at most; POI would otherwise inflate up to 4 GB of one entry
    // into memory before Tika's own zip-bomb check (which counts output characters) gets to see it.
    static final long MAX_ZIP_ENTRY_BYTES = 64L * 1024 * 1024;

    static {
        ZipSecureFile.setMaxEntrySize(MAX_ZIP_ENTRY_BYTES);
    }

    private final AutoDetectParser parser = new AutoDetectParser();

    @Override
    public boolean accepts(MediaType type) {
        return TYPES.contains(type);
    }

    @Override
    public ParseResult parse(byte[] bytes, MediaType type, String fileName) throws UnreadableFileException {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        metadata.set(Metadata.CONTENT_TYPE, type.toString());
        BodyContentHandler handler = new BodyContentHandler(MAX_CHARACTERS);
        try (TikaInputStream stream = TikaInputStream.get(bytes)) {
            parser.parse(stream, handler, metadata, new ParseContext());
        } catch (EncryptedDocumentException e) {
            throw new UnreadableFileException("encrypted " + type + " file: it cannot be read without its password", e);
        } catch (SAXException e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                throw new UnreadableFileException("text longer than " + MAX_CHARACTERS + " characters: not an article", e);
            }
            throw cannotParse(type, e);
        } catch (TikaException | IOException | RuntimeException e) {
            throw cannotParse(type, e);
        } catch (AssertionError e) {
            // A parser's own consistency check tripped by the input (Tika's RTF reader on an unbalanced "}" when the
            // JVM runs with -ea): the file's fault, not the reader thread's, which must go on to the next file.
            throw cannotParse(type, new IllegalStateException("the parser's own check failed: " + e, e));
        }
        String body = TextNormaliser.normalise(handler.toString());
        if (body.isBlank()) {
            if (isTruncatedPdf(bytes, type)) {
                // PDFBox reads a cut-off PDF leniently as an empty one; the missing end is the reason worth telling.
                throw new UnreadableFileException("truncated PDF: the end of the file is missing (an interrupted download?)");
            }
            throw new UnreadableFileException("no text found in the " + type + " file (a scan or an empty document?)");
        }
        return ParseResult.of(new ParsedArticle(Bodies.require(body), metadata.get(TikaCoreProperties.TITLE),
                type.toString(), null, documentMetadata(metadata, type), null));
    }

    private static Map<String, String> documentMetadata(Metadata tika, MediaType type) {
        Map<String, String> metadata = new LinkedHashMap<>();
        put(metadata, "author", tika, TikaCoreProperties.CREATOR);
        put(metadata, "created", tika, TikaCoreProperties.CREATED);
        put(metadata, "modified", tika, TikaCoreProperties.MODIFIED);
        put(metadata, "language", tika, TikaCoreProperties.LANGUAGE);
        if (type.equals(EMAIL)) {
            put(metadata, "subject", tika, TikaCoreProperties.TITLE);
            String from = tika.get(Message.MESSAGE_FROM);
            metadata.put("from", from != null ? from.strip() : metadata.getOrDefault("author", ""));
        }
        String date = metadata.getOrDefault("created", metadata.get("modified"));
        if (date != null) {
            metadata.put("date", date);
        }
        return metadata;
    }

    private static void put(Map<String, String> metadata, String key, Metadata tika, Property property) {
        String value = tika.get(property);
        if (value != null && !value.isBlank()) {
            metadata.put(key, value.strip());
        }
    }

    /** Every complete PDF ends with {@code %%EOF}, give or take trailing white space and padding. */
    private static boolean isTruncatedPdf(byte[] bytes, MediaType type) {
        if (!type.getSubtype().equals("pdf")) {
            return false;
        }
        int tail = Math.min(bytes.length, 1024);
        String end = new String(bytes, bytes.length - tail, tail, StandardCharsets.ISO_8859_1);
        return !end.contains("%%EOF");
    }

    private static UnreadableFileException cannotParse(MediaType type, Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String why = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return new UnreadableFileException("cannot read the " + type + " file: " + why, e);
    }
}
