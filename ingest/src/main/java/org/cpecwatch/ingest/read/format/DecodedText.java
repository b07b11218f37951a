package org.cpecwatch.ingest.read.format;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Text decoded from bytes, already normalised, with the charset that read it and how sure that is (0-100).
 *
 * @param source how the charset was found: bom, declared, utf-8 (strict decoding succeeded) or detected
 */
record DecodedText(String text, String charset, int confidence, String source) {

    Map<String, String> metadata() {
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("charset", charset);
        metadata.put("charsetConfidence", Integer.toString(confidence));
        metadata.put("charsetSource", source);
        return metadata;
    }
}
