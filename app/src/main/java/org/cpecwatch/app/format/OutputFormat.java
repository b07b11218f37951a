package org.cpecwatch.app.format;

/** How a listing prints: a table for people, JSON lines or CSV for programs. */
public enum OutputFormat {
    table, json, csv
}
