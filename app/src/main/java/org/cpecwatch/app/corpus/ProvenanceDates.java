package org.cpecwatch.app.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication dates from a corpus's provenance file ({@code sources.tsv}: id, …, path): the day its source filed the
 * article under ({@code articles/2024/10/07/…}, {@code the_news_20250526.csv}). A plain-text copy of an article loses
 * the date its JSON or CSV carried, and datelines such as "ISLAMABAD, Oct 07 (APP):" give no year.
 */
public final class ProvenanceDates {

    private static final Pattern DAY = Pattern.compile("(?<![0-9])(\\d{4})[/_-]?(\\d{2})[/_-]?(\\d{2})(?![0-9])");

    private ProvenanceDates() {
    }

    public static Map<String, String> read(Path sources) throws IOException {
        List<String> lines = Files.readAllLines(sources, StandardCharsets.UTF_8);
        Map<String, String> dates = new HashMap<>();
        if (lines.isEmpty()) {
            return dates;
        }
        List<String> header = List.of(lines.get(0).split("\t", -1));
        int id = header.indexOf("id");
        int path = header.indexOf("path");
        if (id < 0 || path < 0) {
            throw new IOException(sources + " has no id and path columns (header: " + header + ")");
        }
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t", -1);
            if (cells.length > Math.max(id, path)) {
                dayIn(cells[path]).ifPresent(day -> dates.put(cells[id].strip(), day));
            }
        }
        return dates;
    }

    private static Optional<String> dayIn(String path) {
        Matcher m = DAY.matcher(path);
        while (m.find()) {
            try {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))).toString());
            } catch (DateTimeException notADay) {
                // a hash that happens to hold eight digits; look further
            }
        }
        return Optional.empty();
    }
}
