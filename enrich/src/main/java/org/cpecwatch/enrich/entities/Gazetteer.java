package org.cpecwatch.enrich.entities;

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

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

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

    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES).build();

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

    /**
     * RFC 4180 CSV by Jackson's parser, so a quoted cell may hold commas ("Dera Ismail Khan, KP"); lines starting with
     * # are comments, blank lines are skipped, the first row is the header.
     */
    private static void read(Reader source, String origin, Map<String, GazetteerEntry> into) throws IOException {
        CsvSchema schema = CsvSchema.emptySchema().withComments();
        try (MappingIterator<String[]> rows = CSV.readerFor(String[].class).with(schema).readValues(source)) {
            boolean header = true;
            while (rows.hasNextValue()) {
                String[] cells;
                try {
                    cells = rows.nextValue();
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException(origin + " line " + lineOf(rows)
                            + ": not valid CSV: " + e.getMessage(), e);
                }
                if (cells.length == 0 || cells.length == 1 && cells[0].isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                if (cells.length < 6 || cells.length > 7 || cells[0].isBlank() || cells[1].isBlank()) {
                    throw new IllegalArgumentException(origin + " line " + lineOf(rows)
                            + ": expected type,name,aliases,province,lat,lon[,city], got: " + String.join(",", cells));
                }
                GazetteerEntry entry = entry(cells);
                into.put(entry.type() + "\u0000" + entry.name(), entry);
            }
        }
    }

    /** The line of the row just read: the parser stands at the start of the next line, or at the end of the last. */
    private static int lineOf(MappingIterator<String[]> rows) {
        var location = rows.getCurrentLocation();
        return location.getColumnNr() <= 1 ? location.getLineNr() - 1 : location.getLineNr();
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
