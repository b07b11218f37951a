package org.cpecwatch.ingest.read.html;

import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Turns a saved web page into its article: the body text without navigation, teasers, comments and footers,
 * plus the title, author, date, language, canonical URL and site name the page declares. Pure and stateless,
 * so one instance serves every thread.
 */
public final class HtmlArticleExtractor {

    public HtmlArticle extract(String html) {
        return extract(html, "");
    }

    /** The base URL only makes a relative canonical link absolute; pass "" when unknown. */
    public HtmlArticle extract(String html, String baseUrl) {
        Document page = Jsoup.parse(html, baseUrl == null ? "" : baseUrl);
        // Metadata first: the cleaning below deletes the head and the JSON-LD scripts it is read from.
        HtmlArticle metadata = PageMetadata.read(page, "");
        FurnitureRemover.clean(page);
        Set<Element> teasers = TeaserLists.find(page.body());
        String body = TextRenderer.render(BodyLocator.locate(page.body(), teasers), teasers,
                metadata.title());
        return new HtmlArticle(metadata.title(), body, metadata.author(), metadata.published(),
                metadata.language(), metadata.canonicalUrl(), metadata.siteName());
    }
}
