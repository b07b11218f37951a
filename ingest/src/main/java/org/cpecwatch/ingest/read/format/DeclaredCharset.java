package org.cpecwatch.ingest.read.format;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The charset an HTML or XML file names for itself near its start: meta charset, http-equiv or XML declaration. */
final class DeclaredCharset {

    // Browsers only look this far for a meta charset; a declaration further down is not one.
    private static final int PRESCAN_BYTES = 4096;
    private static final Pattern XML_DECLARATION =
            Pattern.compile("^\\s*<\\?xml[^>]*\\bencoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");
    private static final Pattern META_CHARSET =
            Pattern.compile("<meta[^>]*\\bcharset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

    private DeclaredCharset() {
    }

    static Optional<String> find(byte[] bytes) {
        // Every declaration is ASCII, and ISO-8859-1 maps each byte to one char, so offsets stay honest.
        String start = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher xml = XML_DECLARATION.matcher(start);
        if (xml.find()) {
            return Optional.of(xml.group(1));
        }
        Matcher meta = META_CHARSET.matcher(start);
        return meta.find() ? Optional.of(meta.group(1)) : Optional.empty();
    }
}
