package org.cpecwatch.app.format;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table for a terminal: columns as wide as their content up to a cap, longer cells cut with an
 * ellipsis, so one row stays one line.
 */
public final class TextTable {

    /** A column: its heading and the widest it may grow. */
    public record Column(String heading, int maxWidth) {
    }

    private final List<Column> columns;
    private final List<List<String>> rows = new ArrayList<>();

    public TextTable(List<Column> columns) {
        this.columns = List.copyOf(columns);
    }

    public TextTable add(List<String> cells) {
        if (cells.size() != columns.size()) {
            throw new IllegalArgumentException("expected " + columns.size() + " cells, got " + cells.size());
        }
        rows.add(cells.stream().map(c -> c == null ? "" : c.replaceAll("\\s+", " ").strip()).toList());
        return this;
    }

    public void print(PrintWriter out) {
        int[] widths = new int[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            int widest = columns.get(i).heading().length();
            for (List<String> row : rows) {
                widest = Math.max(widest, row.get(i).length());
            }
            widths[i] = Math.min(widest, Math.max(columns.get(i).maxWidth(), columns.get(i).heading().length()));
        }
        out.println(line(columns.stream().map(Column::heading).toList(), widths));
        for (List<String> row : rows) {
            out.println(line(row, widths));
        }
        out.flush();
    }

    private static String line(List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String cell = fit(cells.get(i), widths[i]);
            line.append(cell);
            if (i < cells.size() - 1) {
                line.append(" ".repeat(widths[i] - cell.length() + 2));
            }
        }
        return line.toString().stripTrailing();
    }

    static String fit(String text, int width) {
        return text.length() <= width ? text : text.substring(0, Math.max(0, width - 1)) + "\u2026";
    }
}
