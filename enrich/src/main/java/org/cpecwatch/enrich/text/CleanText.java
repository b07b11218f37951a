package org.cpecwatch.enrich.text;

import java.util.Map;

/** Article text with page noise removed, and how many blocks of each kind were removed. */
public record CleanText(String text, Map<String, Integer> removed) {
}
