package org.cpecwatch.app.format;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Prints a list of rows in the format asked for: a table for people, one JSON object per line, or CSV with a
 * header. Each listing command says only what its rows are.
 */
public final class Listing<T> {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<String> csvHeader;
    private final Function<T, List<String>> csvCells;
    private final List<TextTable.Column> columns;
    private final Function<T, List<String>> tableCells;

    public Listing(List<String> csvHeader, Function<T, List<String>> csvCells, List<TextTable.Column> columns,
                   Function<T, List<String>> tableCells) {
        this.csvHeader = List.copyOf(csvHeader);
        this.csvCells = csvCells;
        this.columns = List.copyOf(columns);
        this.tableCells = tableCells;
    }

    public void print(List<T> rows, OutputFormat format, PrintWriter out) {
        switch (format) {
            case json -> rows.forEach(row -> out.println(json(row)));
            case csv -> {
                try (CsvRows csv = new CsvRows(out, csvHeader)) {
                    rows.forEach(row -> csv.add(csvCells.apply(row)));
                }
            }
            case table -> {
                TextTable table = new TextTable(columns);
                rows.forEach(row -> table.add(tableCells.apply(row)));
                table.print(out);
            }
            case text -> throw new IllegalArgumentException("a listing prints a table, not a text report");
        }
        out.flush();
    }

    private static String json(Object row) {
        try {
            return JSON.writeValueAsString(row);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
