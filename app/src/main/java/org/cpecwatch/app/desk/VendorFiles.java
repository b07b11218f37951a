package org.cpecwatch.app.desk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/**
 * A library the page uses, served from the jar Maven fetched (a webjar), never from a CDN: the desk works offline.
 * Only plain file names under the library's folder are served.
 */
final class VendorFiles {

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_-]+(?:/[A-Za-z0-9_.-]+)?\\.(?:js|css|png|map)");
    private static final Map<String, String> TYPES = Map.of("js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8", "png", "image/png", "map", "application/json");

    private final String folder;

    private VendorFiles(String folder) {
        this.folder = folder;
    }

    /** Leaflet's {@code dist/} folder, as the webjar {@code org.webjars.npm:leaflet} of the POM's version ships it. */
    static VendorFiles leaflet() {
        return new VendorFiles("/META-INF/resources/webjars/leaflet/" + version("leaflet.version") + "/dist/");
    }

    /** Written into the jar by the build from the parent POM, so a new webjar version cannot leave the page broken. */
    private static String version(String library) {
        Properties versions = new Properties();
        try (InputStream in = VendorFiles.class.getResourceAsStream("vendor.properties")) {
            if (in == null) {
                throw new IllegalStateException("vendor.properties is missing from the jar");
            }
            versions.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return versions.getProperty(library);
    }

    void serve(Context ctx) throws IOException {
        String file = ctx.pathParam("file");
        InputStream in = SAFE.matcher(file).matches() && !file.contains("..")
                ? VendorFiles.class.getResourceAsStream(folder + file) : null;
        if (in == null) {
            ctx.status(HttpStatus.NOT_FOUND).result("no such file");
            return;
        }
        String extension = file.substring(file.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        ctx.contentType(TYPES.get(extension));
        ctx.header("Cache-Control", "max-age=86400");
        ctx.result(in);
    }
}
