package org.cpecwatch.enrich.relevance;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

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
            Pattern concept = ruleset.concepts().get(rule.concept());
            Pattern target = ruleset.concepts().get(rule.target());
            List<Span> evidence = new ArrayList<>();
            for (Sentences.Sentence s : sentences) {
                String sentence = text.substring(s.start(), s.end());
                if (concept.matcher(sentence).find() && target.matcher(sentence).find()) {
                    evidence.add(new Span(s.start(), s.end(), sentence));
                    if (evidence.size() == MAX_EVIDENCE) {
                        break;
                    }
                }
            }
            if (!evidence.isEmpty()) {
                tags.add(new CategoryTag(rule.category(), evidence));
            }
        }
        return tags;
    }
}
