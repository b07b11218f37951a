package org.cpecwatch.enrich.evaluation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.cpecwatch.schemas.avro.Category;

/**
 * Reads a labels file in the layout of the dev corpus: tab-separated, a header row naming at least {@code id},
 * {@code relevant} (1 or 0) and {@code categories} (comma-separated names); the incident columns
 * {@code incident_date}, {@code place}, {@code province}, {@code killed}, {@code injured} and {@code perpetrator} are
 * read where present, an empty cell meaning "not noted"; a {@code notes} cell starting with "borderline:" marks a call
 * another careful reader could make the other way.
 */
public final class LabelsFile {

    private LabelsFile() {
    }

    public static List<Label> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            throw new IOException(file + " is empty");
        }
        List<String> header = List.of(lines.get(0).replace("\uFEFF", "").split("\t", -1));
        int id = column(header, "id", file);
        int relevant = column(header, "relevant", file);
        int categories = column(header, "categories", file);
        List<Label> labels = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int n = 1; n < lines.size(); n++) {
            if (lines.get(n).isBlank()) {
                continue;
            }
            String[] cells = lines.get(n).split("\t", -1);
            if (cells.length < header.size()) {
                throw new IOException(file + " line " + (n + 1) + ": " + cells.length + " columns, the header has " + header.size());
            }
            String flag = cells[relevant].strip();
            if (!flag.equals("0") && !flag.equals("1")) {
                throw new IOException(file + " line " + (n + 1) + ": relevant must be 0 or 1, not '" + flag + "'");
            }
            if (!seen.add(cells[id].strip())) {
                // One article twice could land in a training fold and a test fold at once.
                throw new IOException(file + " line " + (n + 1) + ": id " + cells[id].strip() + " is labelled twice");
            }
            labels.add(new Label(cells[id].strip(), flag.equals("1"), categories(cells[categories], file, n + 1),
                    incident(header, cells, file, n + 1),
                    cell(header, cells, "notes").filter(note -> note.startsWith("borderline:")).isPresent()));
        }
        return labels;
    }

    private static Set<Category> categories(String cell, Path file, int line) throws IOException {
        Set<Category> set = EnumSet.noneOf(Category.class);
        for (String name : cell.split(",")) {
            if (name.isBlank()) {
                continue;
            }
            try {
                set.add(Category.valueOf(name.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IOException(file + " line " + line + ": unknown category '" + name.strip() + "'");
            }
        }
        return set;
    }

    private static IncidentLabel incident(List<String> header, String[] cells, Path file, int line) throws IOException {
        return new IncidentLabel(cell(header, cells, "incident_date"), cell(header, cells, "place"),
                cell(header, cells, "province"), count(header, cells, "killed", file, line),
                count(header, cells, "injured", file, line), cell(header, cells, "perpetrator"));
    }

    private static Optional<String> cell(List<String> header, String[] cells, String name) {
        int index = header.indexOf(name);
        return index < 0 ? Optional.empty() : Optional.of(cells[index].strip()).filter(v -> !v.isEmpty());
    }

    private static Optional<Integer> count(List<String> header, String[] cells, String name, Path file, int line)
            throws IOException {
        Optional<String> value = cell(header, cells, name);
        try {
            return value.map(Integer::valueOf);
        } catch (NumberFormatException e) {
            throw new IOException(file + " line " + line + ": " + name + " must be a whole number, not '"
                    + value.get() + "'");
        }
    }

    private static int column(List<String> header, String name, Path file) throws IOException {
        int index = header.indexOf(name);
        if (index < 0) {
            throw new IOException(file + " has no '" + name + "' column (header: " + header + ")");
        }
        return index;
    }
}
