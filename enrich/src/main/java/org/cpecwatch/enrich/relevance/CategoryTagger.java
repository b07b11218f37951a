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
        return tag(new ConceptIndex(ruleset, text));
    }

    /** Tags the text of an index built with this tagger's ruleset, reusing what the relevance tagger matched. */
    public List<CategoryTag> tag(ConceptIndex index) {
        if (!index.isOf(ruleset)) {
            throw new IllegalArgumentException("the concept index was built with another ruleset");
        }
        List<CategoryTag> tags = new ArrayList<>();
        for (CategoryRule rule : ruleset.categories()) {
            int considered = rule.withinSentences() == 0 ? index.sentenceCount()
                    : Math.min(rule.withinSentences(), index.sentenceCount());
            List<Span> evidence = index.sentencesWithAll(rule.concepts(), rule.unless(), considered, MAX_EVIDENCE);
            if (!evidence.isEmpty()) {
                tags.add(new CategoryTag(rule.category(), evidence));
            }
        }
        return tags;
    }
}
