package org.cpecwatch.schemas.serde;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.avro.Schema;

/**
 * Older versions of a schema that readers must still understand.
 *
 * <p>When a schema changes, its previous {@code .avsc} is copied to {@code schema-history/<full name>/} and named
 * in that folder's {@code versions} file, one file name a line. Records already on a topic stay readable.
 */
public final class SchemaHistory {

    private static final String ROOT = "/schema-history/";

    private SchemaHistory() {
    }

    public static List<Schema> olderVersionsOf(String fullName) {
        String folder = ROOT + fullName + "/";
        List<Schema> schemas = new ArrayList<>();
        for (String file : lines(folder + "versions")) {
            try (InputStream in = open(folder + file)) {
                schemas.add(new Schema.Parser().parse(in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read schema history " + folder + file, e);
            }
        }
        return schemas;
    }

    private static List<String> lines(String resource) {
        List<String> lines = new ArrayList<>();
        InputStream in = SchemaHistory.class.getResourceAsStream(resource);
        if (in == null) {
            return lines;
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(lines::add);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return lines;
    }

    private static InputStream open(String resource) throws IOException {
        InputStream in = SchemaHistory.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("missing resource " + resource);
        }
        return in;
    }
}
