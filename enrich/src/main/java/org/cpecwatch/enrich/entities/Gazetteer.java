package org.cpecwatch.enrich.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The places, CPEC projects, militant groups, institutions and officials that enrich recognises, read from editable
 * CSV resources (type,name,aliases,province,lat,lon; aliases separated by |). A user file in the same layout adds
 * entries or replaces those of the same type and name.
 */
public final class Gazetteer {

    private static final List<String> RESOURCES = List.of("places.csv", "projects.csv", "groups.csv",
            "institutions.csv", "officials.csv");
    /** For these types the fourth column is a country, not a province. */
    private static final Set<String> COUNTRY_TYPES = Set.of("INSTITUTION", "PERSON");

    private final Map<String, GazetteerEntry> entries;

    private Gazetteer(Map<String, GazetteerEntry> entries) {
        this.entries = entries;
    }

    public static Gazetteer shipped() {
        Map<String, GazetteerEntry> entries = new LinkedHashMap<>();
        for (String resource : RESOURCES) {
            try (InputStream in = Gazetteer.class.getResourceAsStream("/gazetteer/" + resource)) {
                if (in == null) {
                    throw new IllegalStateException("gazetteer/" + resource + " is missing from the enrich jar");
                }
                read(new InputStreamReader(in, StandardCharsets.UTF_8), resource, entries);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Gazetteer(entries);
    }

    /** The shipped entries, with those of {@code userFile} added or put in their place. */
    public Gazetteer withUserFile(Path userFile) throws IOException {
        Map<String, GazetteerEntry> merged = new LinkedHashMap<>(entries);
        try (Reader reader = Files.newBufferedReader(userFile, StandardCharsets.UTF_8)) {
            read(reader, userFile.toString(), merged);
        }
        return new Gazetteer(merged);
    }

    /** The canonical name for any of an entry's names, in any case ("bla" gives "Balochistan Liberation Army"). */
    public Optional<String> canonicalName(String anyName) {
        String wanted = anyName.strip().toLowerCase(Locale.ROOT);
        return entries.values().stream()
                .filter(e -> e.name().toLowerCase(Locale.ROOT).equals(wanted)
                        || e.aliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).equals(wanted)))
                .map(GazetteerEntry::name)
                .findFirst();
    }

    public Collection<GazetteerEntry> entries() {
        return entries.values();
    }

    private static void read(Reader source, String origin, Map<String, GazetteerEntry> into) throws IOException {
        BufferedReader reader = new BufferedReader(source);
        String line;
        int number = 0;
        boolean header = true;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            String[] cells = line.split(",", -1);
            if (cells.length < 6 || cells.length > 7 || cells[0].isBlank() || cells[1].isBlank()) {
                throw new IllegalArgumentException(origin + " line " + number
                        + ": expected type,name,aliases,province,lat,lon[,city], got: " + line);
            }
            GazetteerEntry entry = entry(cells);
            into.put(entry.type() + "\u0000" + entry.name(), entry);
        }
    }

    private static GazetteerEntry entry(String[] cells) {
        String type = cells[0].strip();
        List<String> aliases = cells[2].isBlank() ? List.of()
                : Arrays.stream(cells[2].split("\\|")).map(String::strip).filter(a -> !a.isEmpty()).toList();
        Map<String, String> attributes = new LinkedHashMap<>();
        if (!cells[3].isBlank()) {
            attributes.put(COUNTRY_TYPES.contains(type) ? "country" : "province", cells[3].strip());
        }
        if (!cells[4].isBlank() && !cells[5].isBlank()) {
            attributes.put("lat", cells[4].strip());
            attributes.put("lon", cells[5].strip());
        }
        // A site or district names the city it belongs to, so incidents there resolve with the city's.
        if (cells.length == 7 && !cells[6].isBlank()) {
            attributes.put("city", cells[6].strip());
        }
        return new GazetteerEntry(type, cells[1].strip(), new ArrayList<>(aliases), attributes);
    }
}
