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
            List<Span> evidence = Sentences.withAll(text, sentences,
                    List.of(ruleset.concepts().get(rule.concept()), ruleset.concepts().get(rule.target())), MAX_EVIDENCE);
            if (!evidence.isEmpty()) {
                tags.add(new CategoryTag(rule.category(), evidence));
            }
        }
        return tags;
    }
}
