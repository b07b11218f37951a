package org.cpecwatch.enrich.relevance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.cpecwatch.schemas.avro.Category;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/** Reads a ruleset from YAML and refuses, with the exact reason, anything it could not apply faithfully. */
public final class RulesetLoader {

    public static final String DEFAULT = "/relevance/ruleset.yaml";

    private RulesetLoader() {
    }

    public static Ruleset loadDefault() {
        return load(new java.io.ByteArrayInputStream(shippedText().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** The shipped ruleset as written: where an analyst's own copy starts. */
    public static String shippedText() {
        try (InputStream in = RulesetLoader.class.getResourceAsStream(DEFAULT)) {
            if (in == null) {
                throw new IllegalStateException(DEFAULT + " is missing from the enrich jar");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A ruleset file of one's own, in the same layout as the shipped one. */
    public static Ruleset load(java.nio.file.Path file) throws IOException {
        try (InputStream in = java.nio.file.Files.newInputStream(file)) {
            return load(in);
        }
    }

    public static Ruleset load(InputStream yaml) {
        Object root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        } catch (YAMLException e) {
            throw new IllegalArgumentException("not valid YAML: " + e.getMessage());
        }
        Map<String, Object> doc = map(root, "ruleset");
        String version = text(doc, "version");
        Map<String, Pattern> concepts = new LinkedHashMap<>();
        map(doc.get("concepts"), "concepts").forEach((name, regex) -> {
            Pattern pattern;
            try {
                pattern = Pattern.compile(String.valueOf(regex).strip(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("concept " + name + " is not a valid regular expression: " + e.getDescription());
            }
            LinearTimeCheck.requireLinear(name, pattern);
            concepts.put(name, pattern);
        });
        List<RuleSpec> rules = new ArrayList<>();
        Set<String> rulesNamed = new HashSet<>();
        for (Object item : list(doc.get("rules"), "rules")) {
            rules.add(rule(map(item, "rule"), concepts, rulesNamed));
        }
        List<CategoryRule> categories = new ArrayList<>();
        for (Object item : list(doc.getOrDefault("categories", List.of()), "categories")) {
            CategoryRule rule = category(map(item, "category"), concepts);
            if (categories.stream().anyMatch(c -> c.category() == rule.category())) {
                throw new IllegalArgumentException("category " + rule.category() + " is defined twice");
            }
            categories.add(rule);
        }
        if (number(doc, "lead_sentences") < 0) {
            throw new IllegalArgumentException("lead_sentences must not be negative");
        }
        Map<String, Object> labels = map(doc.get("labels"), "labels");
        List<String> requires = list(labels.getOrDefault("relevant_requires", List.of()), "relevant_requires").stream()
                .map(String::valueOf).toList();
        for (String required : requires) {
            if (rules.stream().noneMatch(r -> r.name().equals(required))) {
                throw new IllegalArgumentException("labels.relevant_requires names an unknown rule: " + required);
            }
        }
        return new Ruleset(version, concepts, (int) number(doc, "lead_sentences"), rules, categories,
                optionalNumber(labels, "relevant_at"), optionalNumber(labels, "possibly_relevant_at"), requires);
    }

    private static RuleSpec rule(Map<String, Object> r, Map<String, Pattern> concepts, Set<String> rulesNamed) {
        String name = text(r, "name");
        RuleSpec.Kind kind;
        try {
            kind = RuleSpec.Kind.valueOf(text(r, "kind").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("rule " + name
                    + ": kind must be sentence, lead, headline, share, only, mention or dominates");
        }
        List<String> used = list(r.get("concepts"), "rule " + name + " concepts").stream().map(String::valueOf).toList();
        for (String concept : used) {
            if (!concepts.containsKey(concept)) {
                throw new IllegalArgumentException("rule " + name + " uses an unknown concept: " + concept);
            }
        }
        int expected = switch (kind) {
            case MENTION -> 1;
            case DOMINATES -> 2;
            default -> -1;
        };
        if (expected > 0 && used.size() != expected) {
            throw new IllegalArgumentException("rule " + name + ": a " + kind.name().toLowerCase(Locale.ROOT)
                    + " rule takes exactly " + expected + " concept(s), not " + used.size());
        }
        int maxCount = r.containsKey("max_count") ? (int) number(r, "max_count") : 1;
        if (maxCount < 1) {
            throw new IllegalArgumentException("rule " + name + ": max_count must be at least 1");
        }
        List<String> unless = known(r.getOrDefault("unless", List.of()), "rule " + name + " unless", concepts);
        if (!unless.isEmpty() && !kind.readsSentences()) {
            throw new IllegalArgumentException("rule " + name + ": unless applies to rules that read sentences only");
        }
        if (rulesNamed.contains(name)) {
            throw new IllegalArgumentException("rule " + name + " is defined twice");
        }
        if (RelevanceFeatures.COMPUTED.contains(name)) {
            throw new IllegalArgumentException("rule " + name + ": the name of a feature computed in code");
        }
        rulesNamed.add(name);
        return new RuleSpec(name, text(r, "description"), kind, used, unless, optionalNumber(r, "weight"), maxCount);
    }

    private static CategoryRule category(Map<String, Object> c, Map<String, Pattern> concepts) {
        String name = text(c, "category");
        Category category;
        try {
            category = Category.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown category: " + name);
        }
        // The first layout named a concept and its target; both forms mean "all of these in one sentence".
        Object all = c.containsKey("concepts") ? c.get("concepts") : List.of(text(c, "concept"), text(c, "target"));
        List<String> used = known(all, "category " + name + " concepts", concepts);
        if (used.isEmpty()) {
            throw new IllegalArgumentException("category " + name + " needs at least one concept");
        }
        List<String> unless = known(c.getOrDefault("unless", List.of()), "category " + name + " unless", concepts);
        int within = c.containsKey("within_sentences") ? (int) number(c, "within_sentences") : 0;
        if (within < 0) {
            throw new IllegalArgumentException("category " + name + ": within_sentences must not be negative");
        }
        return new CategoryRule(category, text(c, "description"), used, unless, within);
    }

    private static List<String> known(Object names, String what, Map<String, Pattern> concepts) {
        List<String> used = list(names, what).stream().map(String::valueOf).toList();
        for (String concept : used) {
            if (!concepts.containsKey(concept)) {
                throw new IllegalArgumentException(what + " names an unknown concept: " + concept);
            }
        }
        return used;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value, String what) {
        if (!(value instanceof Map<?, ?>)) {
            throw new IllegalArgumentException(what + " must be a mapping");
        }
        return (Map<String, Object>) value;
    }

    private static List<?> list(Object value, String what) {
        if (!(value instanceof List<?> items)) {
            throw new IllegalArgumentException(what + " must be a list");
        }
        return items;
    }

    private static String text(Map<String, Object> map, String key) {
        Object value = map.get(key);
        if (value == null || String.valueOf(value).isBlank()) {
            throw new IllegalArgumentException("missing " + key);
        }
        return String.valueOf(value);
    }

    private static OptionalDouble optionalNumber(Map<String, Object> map, String key) {
        return map.containsKey(key) ? OptionalDouble.of(number(map, key)) : OptionalDouble.empty();
    }

    private static double number(Map<String, Object> map, String key) {
        if (!(map.get(key) instanceof Number n) || !Double.isFinite(n.doubleValue())) {
            throw new IllegalArgumentException(key + " must be a finite number");
        }
        return n.doubleValue();
    }
}
