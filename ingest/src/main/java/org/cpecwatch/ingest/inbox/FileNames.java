package org.cpecwatch.ingest.inbox;

import java.util.List;
import java.util.Locale;

/** Names that are never articles: hidden files and the partial files browsers and editors write. */
public final class FileNames {

    private static final List<String> TEMPORARY_SUFFIXES = List.of(".part", ".tmp", ".crdownload", ".swp", "~", ".error.txt",
            ".error.json");

    private FileNames() {
    }

    public static boolean isIgnored(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return name.startsWith(".") || TEMPORARY_SUFFIXES.stream().anyMatch(lower::endsWith);
    }
}
