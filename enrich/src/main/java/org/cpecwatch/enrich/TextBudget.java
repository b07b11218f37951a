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
    /** A title or a metadata value longer than this is not a title or a date but an attack: cut, and said so. */
    static final int MAX_FIELD_CHARS = 2_000;
    static final int MAX_METADATA_ENTRIES = 100;

    private TextBudget() {
    }

    /** The article itself when it fits; otherwise a copy with the long fields cut and the body's cut stated. */
    public static RawArticle fit(RawArticle raw) {
        CharSequence body = raw.getBody();
        CharSequence title = raw.getTitle();
        boolean fieldsFit = (title == null || title.length() <= MAX_FIELD_CHARS)
                && raw.getMetadata().size() <= MAX_METADATA_ENTRIES
                && raw.getMetadata().entrySet().stream().allMatch(e -> e.getKey().length() <= MAX_FIELD_CHARS
                && e.getValue().length() <= MAX_FIELD_CHARS);
        if (body.length() <= MAX_CHARS && fieldsFit) {
            return raw;
        }
        Map<String, String> metadata = new HashMap<>();
        raw.getMetadata().entrySet().stream().limit(MAX_METADATA_ENTRIES)
                .forEach(e -> metadata.put(cut(e.getKey(), MAX_FIELD_CHARS), cut(e.getValue(), MAX_FIELD_CHARS)));
        String kept = cut(body, MAX_CHARS);
        if (kept.length() < body.length()) {
            metadata.put(CUT_KEY, kept.length() + " of " + body.length());
        }
        RawArticle.Builder fitted = RawArticle.newBuilder(raw).setMetadata(metadata).setBody(kept);
        if (title != null) {
            fitted.setTitle(cut(title, MAX_FIELD_CHARS));
        }
        return fitted.build();
    }

    /** The first {@code max} chars, never leaving half of a surrogate pair at the end. */
    private static String cut(CharSequence text, int max) {
        if (text.length() <= max) {
            return text.toString();
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.subSequence(0, end).toString();
    }
}
