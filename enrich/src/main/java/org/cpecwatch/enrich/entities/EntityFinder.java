package org.cpecwatch.enrich.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cpecwatch.schemas.avro.Entity;
import org.cpecwatch.schemas.avro.Span;

/**
 * Finds the gazetteer's entities in a text, every mention with its offsets. Names match case-sensitively and as
 * whole words, longest name first, so "Gwadar Port" is the project and "Gwadar" alone the city.
 */
public final class EntityFinder {

    private final Pattern names;
    /** The same search without the regex, when the names allow it (see NameTrie). */
    private final Optional<NameTrie> trie;
    private final Map<String, GazetteerEntry> byName = new HashMap<>();

    public EntityFinder(Gazetteer gazetteer) {
        List<String> forms = new ArrayList<>();
        for (GazetteerEntry entry : gazetteer.entries()) {
            for (String form : allNames(entry)) {
                // The first entry to claim a name keeps it: places are read before groups and institutions.
                if (byName.putIfAbsent(form, entry) == null) {
                    forms.add(form);
                }
            }
        }
        forms.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder alternation = new StringBuilder();
        for (String form : forms) {
            alternation.append(alternation.length() == 0 ? "" : "|").append(Pattern.quote(form));
        }
        this.names = Pattern.compile("(?<![\\p{L}\\p{N}-])(?:" + alternation + ")(?![\\p{L}\\p{N}-])");
        this.trie = NameTrie.of(forms);
    }

    public List<Entity> find(String text) {
        Map<GazetteerEntry, List<Span>> mentions = new LinkedHashMap<>();
        NameTrie.Mentions add = (start, end) -> {
            String name = text.substring(start, end);
            mentions.computeIfAbsent(byName.get(name), e -> new ArrayList<>()).add(new Span(start, end, name));
        };
        if (trie.isPresent()) {
            trie.get().scan(text, add);
        } else {
            Matcher m = names.matcher(text);
            while (m.find()) {
                add.found(m.start(), m.end());
            }
        }
        List<Entity> entities = new ArrayList<>();
        mentions.forEach((entry, spans) -> entities.add(
                new Entity(entry.type(), entry.name(), new HashMap<>(entry.attributes()), spans)));
        return entities;
    }

    private static List<String> allNames(GazetteerEntry entry) {
        List<String> names = new ArrayList<>();
        names.add(entry.name());
        names.addAll(entry.aliases());
        return names;
    }
}
