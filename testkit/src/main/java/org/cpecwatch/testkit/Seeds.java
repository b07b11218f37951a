package org.cpecwatch.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** The five real seed articles (noise included), shipped with the test kit so every module's tests can use them. */
public final class Seeds {

    private static final String FOLDER = "/seeds/";

    private Seeds() {
    }

    public static List<String> names() {
        return Arrays.stream(read("index.txt").split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public static String text(String name) {
        return read(name);
    }

    /** Copies every seed into {@code folder}, writing each to a hidden name first so a watcher never sees half a file. */
    public static void copyTo(Path folder) {
        try {
            Files.createDirectories(folder);
            for (String name : names()) {
                Path partial = folder.resolve("." + name + ".part");
                Files.writeString(partial, text(name), StandardCharsets.UTF_8);
                Files.move(partial, folder.resolve(name));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(String name) {
        try (InputStream in = Seeds.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no seed resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
