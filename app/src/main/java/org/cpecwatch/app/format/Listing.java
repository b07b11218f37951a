package org.cpecwatch.app.format;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
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
    private final Function<T, ?> jsonRow;

    /** JSON rows are the rows' own Jackson form. */
    public Listing(List<String> csvHeader, Function<T, List<String>> csvCells, List<TextTable.Column> columns,
                   Function<T, List<String>> tableCells) {
        this(csvHeader, csvCells, columns, tableCells, row -> row);
    }

    private Listing(List<String> csvHeader, Function<T, List<String>> csvCells, List<TextTable.Column> columns,
                    Function<T, List<String>> tableCells, Function<T, ?> jsonRow) {
        this.csvHeader = List.copyOf(csvHeader);
        this.csvCells = csvCells;
        this.columns = List.copyOf(columns);
        this.tableCells = tableCells;
        this.jsonRow = jsonRow;
    }

    /**
     * The same listing with JSON rows made by {@code shape}: where another reader (the web API) serves the same rows,
     * both call one function, so they agree field for field.
     */
    public Listing<T> withJson(Function<T, ? extends JsonNode> shape) {
        return new Listing<>(csvHeader, csvCells, columns, tableCells, shape);
    }

    public void print(List<T> rows, OutputFormat format, PrintWriter out) {
        switch (format) {
            case json -> rows.forEach(row -> out.println(json(jsonRow.apply(row))));
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
