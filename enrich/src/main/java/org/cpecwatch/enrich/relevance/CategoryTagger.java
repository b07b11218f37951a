package org.cpecwatch.enrich.relevance;

import java.util.ArrayList;
import java.util.List;

import org.cpecwatch.schemas.avro.CategoryTag;
import org.cpecwatch.schemas.avro.Span;

/** Tags the categories of an article, each with the sentences that show it. */
public final class CategoryTagger {

    private static final int MAX_EVIDENCE = 3;

    private final Ruleset ruleset;

    public CategoryTagger(Ruleset ruleset) {
        this.ruleset = ruleset;
    }

    public List<CategoryTag> tag(String text) {
        List<Sentences.Sentence> sentences = Sentences.of(text);
        List<CategoryTag> tags = new ArrayList<>();
        for (CategoryRule rule : ruleset.categories()) {
            List<Sentences.Sentence> considered = rule.withinSentences() == 0 ? sentences
                    : sentences.subList(0, Math.min(rule.withinSentences(), sentences.size()));
            List<Span> evidence = Sentences.withAll(text, considered, patterns(rule.concepts()), patterns(rule.unless()),
                    MAX_EVIDENCE);
            if (!evidence.isEmpty()) {
                tags.add(new CategoryTag(rule.category(), evidence));
            }
        }
        return tags;
    }

    private List<java.util.regex.Pattern> patterns(List<String> names) {
        return names.stream().map(ruleset.concepts()::get).toList();
    }
}
