package org.cpecwatch.ingest.read.format;

import org.apache.tika.mime.MediaType;
import org.cpecwatch.ingest.read.UnreadableFileException;

/** One file format: says which detected types it reads and turns a file's bytes into articles. */
public interface ArticleParser {

    boolean accepts(MediaType type);

    /**
     * @param bytes    the whole file, already bounded by the size cap
     * @param type     the type detected from the content (parameters stripped)
     * @param fileName the name in the inbox, a hint for parsers that use one
     */
    ParseResult parse(byte[] bytes, MediaType type, String fileName) throws UnreadableFileException;
}
