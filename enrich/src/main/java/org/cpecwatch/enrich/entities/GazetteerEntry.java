package org.cpecwatch.enrich.entities;

import java.util.List;
import java.util.Map;

/** One named thing the gazetteer knows: its type, canonical name, other names, and facts (province, lat, lon…). */
public record GazetteerEntry(String type, String name, List<String> aliases, Map<String, String> attributes) {
}
