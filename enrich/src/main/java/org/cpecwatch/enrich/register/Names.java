package org.cpecwatch.enrich.register;

import java.util.Locale;

/** Names compared as the gazetteer may spell them in different articles: any case, no surrounding space. */
final class Names {

    private Names() {
    }

    /** Null for a missing or blank name. */
    static String normal(String name) {
        return name == null || name.isBlank() ? null : name.strip().toLowerCase(Locale.ROOT);
    }
}
