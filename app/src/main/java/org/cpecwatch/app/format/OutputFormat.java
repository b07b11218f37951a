package org.cpecwatch.app.format;

/**
 * How a command prints: a table or a text report for people, JSON or CSV for programs. Each command offers the
 * formats that fit what it prints.
 */
public enum OutputFormat {
    table, text, json, csv
}
