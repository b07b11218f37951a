package org.cpecwatch.enrich.text;

/** A publication date as ISO text (yyyy-MM-dd, yyyy-MM or yyyy) and where it was found. */
public record FoundDate(String iso, String source) {
}
