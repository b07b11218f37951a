package org.cpecwatch.app.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.cpecwatch.enrich.ArticleEnricher;
import org.cpecwatch.enrich.evaluation.LabelledArticle;
import org.cpecwatch.schemas.avro.CategoryTag;
import org.cpecwatch.schemas.avro.EnrichedArticle;
import org.cpecwatch.schemas.avro.Reason;
import org.cpecwatch.schemas.avro.RelevanceLabel;
import org.cpecwatch.schemas.avro.Span;
import org.junit.jupiter.api.Test;

/**
 * Over all 399 labelled dev articles, as the pipeline enriches them: every article the tagger does not dismiss says
 * why, and every quote of a reason or a category is the text at its offsets.
 */
class DevCorpusEvidenceTest {

    private static final Path DEV_ARTICLES = Path.of(System.getProperty("cpecwatch.devArticles",
            "../../shared/corpus/dev/articles"));

    @Test
    void shouldQuoteOnlyTextThatIsInTheArticleForEveryReasonAndCategory() throws IOException {
        assertTrue(Files.isDirectory(DEV_ARTICLES), "the dev corpus is not at " + DEV_ARTICLES.toAbsolutePath());
        Clock clock = Clock.fixed(Instant.parse("2026-12-04T00:00:00Z"), ZoneOffset.UTC);
        LabelledCorpus.Loaded corpus = LabelledCorpus.read(DEV_ARTICLES, Path.of("../training/labels.tsv"), null, clock);
        ArticleEnricher enricher = new ArticleEnricher(clock);
        int quotedRelevant = 0;
        for (LabelledArticle labelled : corpus.articles()) {
            EnrichedArticle article = enricher.enrich(labelled.raw());
            String text = article.getCleanText();
            for (Reason reason : article.getRelevance().getReasons()) {
                assertFalse(reason.getEvidence().isEmpty(), labelled.label().id() + " " + reason.getRule());
                reason.getEvidence().forEach(span -> assertQuotes(text, span, labelled.label().id()));
            }
            for (CategoryTag tag : article.getCategories()) {
                assertFalse(tag.getEvidence().isEmpty(), labelled.label().id() + " " + tag.getCategory());
                tag.getEvidence().forEach(span -> assertQuotes(text, span, labelled.label().id()));
            }
            if (article.getRelevance().getLabel() != RelevanceLabel.NOT_RELEVANT) {
                assertFalse(article.getRelevance().getReasons().isEmpty(), labelled.label().id() + " has no reason");
                quotedRelevant++;
            }
        }
        assertEquals(399, corpus.articles().size());
        assertTrue(quotedRelevant >= 50, "relevant or possibly relevant articles: " + quotedRelevant);
    }

    private static void assertQuotes(String text, Span span, String id) {
        assertEquals(span.getText().toString(), text.substring(span.getStart(), span.getEnd()), id);
    }
}
