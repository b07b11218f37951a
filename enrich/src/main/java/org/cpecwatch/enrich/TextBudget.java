package org.cpecwatch.enrich;

import java.util.HashMap;
import java.util.Map;

import org.cpecwatch.schemas.avro.RawArticle;

/**
 * How much of an article's text enrichment reads. Enrichment multiplies a text's size (evidence spans, entities,
 * reasons, removed blocks): a 1.2 MB article once gave a 3.3 MB record. Cutting the text at
 * {@value #MAX_CHARS} characters (a news article is rarely a tenth of that; a book-length PDF is not news) keeps every
 * enriched record well under the topics' limit and its time bounded; the cut is said on the record, in its metadata
 * under {@value #CUT_KEY} ("kept of total" characters).
 */
public final class TextBudget {

    public static final int MAX_CHARS = 400_000;
    public static final String CUT_KEY = "cpecwatch.text-cut";

    private TextBudget() {
    }

    /** The article itself when it fits; otherwise a copy with the body cut and the cut stated in its metadata. */
    public static RawArticle fit(RawArticle raw) {
        CharSequence body = raw.getBody();
        if (body.length() <= MAX_CHARS) {
            return raw;
        }
        // Never leave half of a surrogate pair at the end.
        int end = Character.isHighSurrogate(body.charAt(MAX_CHARS - 1)) ? MAX_CHARS - 1 : MAX_CHARS;
        Map<String, String> metadata = new HashMap<>();
        raw.getMetadata().forEach((k, v) -> metadata.put(k.toString(), v.toString()));
        metadata.put(CUT_KEY, end + " of " + body.length());
        return RawArticle.newBuilder(raw).setBody(body.subSequence(0, end).toString()).setMetadata(metadata).build();
    }
}
