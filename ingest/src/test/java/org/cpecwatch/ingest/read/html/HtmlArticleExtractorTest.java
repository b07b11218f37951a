package org.cpecwatch.ingest.read.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class HtmlArticleExtractorTest {

    private static final String PARAGRAPH_1 = "Chinese engineers working on the Dasu hydropower project were"
            + " attacked on Friday, officials said, and the convoy was carrying nine workers to the site.";
    private static final String PARAGRAPH_2 = "Police in Kohistan said the investigation was continuing, and"
            + " that security for foreign nationals on the Karakoram Highway would be reviewed this week.";

    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    private static String page(String head, String body) {
        return "<!doctype html><html lang=\"en\"><head>" + head + "</head><body>" + body + "</body></html>";
    }

    @Test
    void shouldKeepParagraphsAndDropNavigationFooterAndComments() {
        String html = page("<title>Attack</title>", """
                <nav><ul><li><a href="/">Home</a></li><li><a href="/world">World news and more</a></li></ul></nav>
                <div id="main"><h1>Attack on convoy</h1>
                  <div class="story"><p>%s</p><p>%s</p></div>
                  <div class="share-tools">Share this article on Facebook, Twitter and by email, please.</div>
                  <section id="comments"><p>I think this is a terrible thing and somebody should do something
                    about it soon, really, before it happens again.</p></section>
                </div>
                <footer><p>Copyright 2024 The Daily Example. All rights reserved, everywhere, always.</p></footer>
                """.formatted(PARAGRAPH_1, PARAGRAPH_2));

        String body = extractor.extract(html).body();

        assertEquals(PARAGRAPH_1 + "\n\n" + PARAGRAPH_2, body.replace("Attack on convoy\n\n", ""));
    }

    @Test
    void shouldPreferTheNamedArticleBodyOverTeasersAround() {
        StringBuilder teasers = new StringBuilder("<ul class=\"more\">");
        for (int i = 0; i < 6; i++) {
            teasers.append("<li><a href=\"/s").append(i).append("\">Another story number ").append(i)
                    .append("</a><p>A summary of another story that reads like prose, with commas, and a full stop.")
                    .append(" It goes on for a while so that it looks like a real paragraph of text.</p></li>");
        }
        String html = page("", "<div><div itemprop=\"articleBody\"><p>" + PARAGRAPH_1 + "</p><p>" + PARAGRAPH_2
                + "</p></div>" + teasers + "</ul></div>");

        assertEquals(PARAGRAPH_1 + "\n\n" + PARAGRAPH_2, extractor.extract(html).body());
    }

    @Test
    void shouldIgnoreScriptsStylesAndHiddenElements() {
        String html = page("<style>p { color: red }</style>", "<article><p>" + PARAGRAPH_1 + "</p>"
                + "<script>var tracking = 'do not show me';</script><style>.x{}</style>"
                + "<noscript>Please enable JavaScript</noscript><div style=\"display: none\">secret</div>"
                + "<p>" + PARAGRAPH_2 + "</p></article>");

        String body = extractor.extract(html).body();

        assertEquals(PARAGRAPH_1 + "\n\n" + PARAGRAPH_2, body);
    }

    @Test
    void shouldNormaliseWhitespaceInsideParagraphs() {
        String html = page("", "<article><p>  Gwadar\u00a0port \n\t is   <b>busy</b>,\r\n officials   said"
                + " on Monday, and more ships are expected soon. </p><p>Second<br>line of the story, which"
                + " continues here with more words, and more.</p></article>");

        String body = extractor.extract(html).body();

        assertTrue(body.startsWith("Gwadar port is busy, officials said on Monday"), body);
        assertFalse(body.contains("  "), body);
        assertFalse(body.contains("\u00a0"), body);
        assertTrue(body.contains("Second\n\nline of the story"), body);
    }

    @Test
    void shouldReadMetadataFromMetaTagsAndJsonLd() {
        String head = """
                <title>Attack on convoy - The Daily Example</title>
                <meta property="og:title" content="Attack on convoy">
                <meta name="author" content="A. Reporter">
                <meta property="og:site_name" content="The Daily Example">
                <link rel="canonical" href="/news/attack">
                <script type="application/ld+json">
                  {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Attack",
                   "datePublished": "2024-03-26T10:00:00+05:00", "author": [{"@type": "Person", "name": "B"}]}
                </script>
                """;
        HtmlArticle article = extractor.extract(page(head, "<article><p>" + PARAGRAPH_1 + "</p></article>"),
                "https://example.com/x/");

        assertEquals("Attack on convoy", article.title());
        assertEquals("A. Reporter", article.author());
        assertEquals("2024-03-26T10:00:00+05:00", article.published());
        assertEquals("en", article.language());
        assertEquals("https://example.com/news/attack", article.canonicalUrl());
        assertEquals("The Daily Example", article.siteName());
        assertEquals(PARAGRAPH_1, article.body());
    }

    @Test
    void shouldFallBackToTitleTagH1AndTimeElement() {
        HtmlArticle fromTitle = extractor.extract(page("<title>Plain title</title>",
                "<h1>Heading</h1><time datetime=\"2023-01-02\">2 Jan</time><p>" + PARAGRAPH_1 + "</p>"));
        HtmlArticle fromHeading = extractor.extract("<html><body><h1>Only heading</h1><p>" + PARAGRAPH_2
                + "</p></body></html>");

        assertEquals("Plain title", fromTitle.title());
        assertEquals("2023-01-02", fromTitle.published());
        assertEquals("Only heading", fromHeading.title());
        assertEquals(null, fromHeading.author());
        assertEquals(null, fromHeading.language());
    }

    @Test
    void shouldSurviveBrokenJsonLdAndEmptyPages() {
        HtmlArticle broken = extractor.extract(page("<script type=\"application/ld+json\">{\"headline\": </script>",
                "<p>" + PARAGRAPH_1 + "</p>"));
        HtmlArticle empty = extractor.extract("");

        assertEquals(PARAGRAPH_1, broken.body());
        assertEquals("", empty.body());
        assertEquals(null, empty.title());
    }

    @Test
    void shouldHandleDeeplyNestedHtmlQuickly() {
        int depth = 10_000;
        String html = "<html><body>" + "<div>".repeat(depth) + "<p>" + PARAGRAPH_1 + "</p>"
                + "</div>".repeat(depth) + "<span>" + "<b>".repeat(depth) + "deep" + "</b>".repeat(depth)
                + "</span></body></html>";

        HtmlArticle article = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> extractor.extract(html));

        assertTrue(article.body().contains(PARAGRAPH_1), article.body());
    }
}
