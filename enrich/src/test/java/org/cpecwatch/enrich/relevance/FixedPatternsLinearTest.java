package org.cpecwatch.enrich.relevance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.cpecwatch.enrich.ArticleEnricher;
import org.cpecwatch.ingest.IngestService;
import org.junit.jupiter.api.Test;

/**
 * Every regular expression the code itself runs over untrusted text (each {@code static final Pattern} of enrich and
 * ingest) passes the check a user's concept must pass at load: its matching time does not grow faster than the text
 * on the adversarial texts of {@link LinearTimeCheck}. A new pattern that backtracks badly fails here, by name.
 */
class FixedPatternsLinearTest {

    /**
     * Patterns the code only ever tries at one position ({@code region(at, end).lookingAt()}): one attempt reads at
     * most the text after that position, so their cost is linear per use, while the check scans with find() from
     * every position. Each entry names where it is used.
     */
    private static final Map<String, String> ANCHORED = Map.of(
            "Attribution.AFTER_GROUP", "Attribution: lookingAt right after a group's name",
            "RelativeDates.CAPITALISED_WORD_NEXT", "RelativeDates: lookingAt right after a weekday");

    @Test
    void shouldRunEveryFixedPatternInLinearTimeOnAdversarialText() throws Exception {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (Class<?> owner : classesOf(ArticleEnricher.class, IngestService.class)) {
            for (Field field : owner.getDeclaredFields()) {
                if (field.getType() != Pattern.class || !Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                field.setAccessible(true);
                String name = owner.getSimpleName() + "." + field.getName();
                if (ANCHORED.containsKey(name)) {
                    continue;
                }
                checked++;
                try {
                    LinearTimeCheck.requireLinear(name, (Pattern) field.get(null));
                } catch (IllegalArgumentException slow) {
                    failures.add(slow.getMessage());
                }
            }
        }
        assertTrue(checked >= 40, "found only " + checked + " patterns: the scan missed classes");
        assertEquals(List.of(), failures);
    }

    /** The classes of the modules that hold these classes, from their folder or jar. */
    private static List<Class<?>> classesOf(Class<?>... anchors) throws IOException, URISyntaxException {
        List<Class<?>> classes = new ArrayList<>();
        for (Class<?> anchor : anchors) {
            Path location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(location)) {
                collect(location, classes);
            } else {
                try (FileSystem jar = FileSystems.newFileSystem(location, Map.of())) {
                    collect(jar.getPath("/"), classes);
                }
            }
        }
        return classes;
    }

    private static void collect(Path root, List<Class<?>> into) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replace(".class", "");
                if (!name.startsWith("org.cpecwatch.") || name.contains("$")) {
                    continue;
                }
                try {
                    into.add(Class.forName(name, false, FixedPatternsLinearTest.class.getClassLoader()));
                } catch (ClassNotFoundException | LinkageError e) {
                    throw new IllegalStateException("cannot load " + name, e);
                }
            }
        }
    }
}
