package org.cpecwatch.ingest.read.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads what a page says about itself: Open Graph and article meta tags first because publishers fill them for
 * link previews and keep them clean, then JSON-LD, then the visible markup as the last resort.
 */
final class PageMetadata {

    private PageMetadata() {
    }

    /** Fills every field of the article but the body, which the caller supplies. */
    static HtmlArticle read(Document page, String body) {
        JsonLdFields jsonLd = JsonLdFields.of(page);
        String title = first(meta(page, "og:title"), meta(page, "twitter:title"), jsonLd.headline(),
                clean(page.title()), firstText(page, "h1"));
        String author = first(meta(page, "author"), meta(page, "article:author"), jsonLd.author(),
                meta(page, "byl"), meta(page, "dc.creator"));
        String published = first(meta(page, "article:published_time"), jsonLd.datePublished(),
                meta(page, "date"), meta(page, "pubdate"), meta(page, "publishdate"), meta(page, "dc.date"),
                meta(page, "datePublished"), attribute(page, "time[datetime]", "datetime"));
        String language = first(attribute(page, "html[lang]", "lang"), meta(page, "content-language"),
                meta(page, "og:locale"));
        String canonical = first(attribute(page, "link[rel~=(?i)^canonical$][href]", "abs:href"),
                attribute(page, "link[rel~=(?i)^canonical$][href]", "href"), meta(page, "og:url"));
        String siteName = first(meta(page, "og:site_name"), meta(page, "application-name"),
                jsonLd.publisherName());
        return new HtmlArticle(title, body, author, published, language, canonical, siteName);
    }

    /** Finds a meta tag by any of the attribute names sites use for the key (property, name, itemprop, http-equiv). */
    private static String meta(Document page, String key) {
        for (Element meta : page.getElementsByTag("meta")) {
            for (String attribute : new String[] {"property", "name", "itemprop", "http-equiv"}) {
                if (meta.attr(attribute).equalsIgnoreCase(key)) {
                    String content = clean(meta.attr("content"));
                    if (content != null) {
                        return content;
                    }
                }
            }
        }
        return null;
    }

    private static String attribute(Document page, String cssQuery, String attribute) {
        Element element = page.selectFirst(cssQuery);
        return element == null ? null : clean(element.attr(attribute));
    }

    private static String firstText(Document page, String tag) {
        Element element = page.selectFirst(tag);
        return element == null ? null : clean(element.text());
    }

    private static String first(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null) {
                return candidate;
            }
        }
        return null;
    }

    private static String clean(String value) {
        if (value == null) {
            return null;
        }
        String normalised = value.replaceAll("\\s+", " ").strip();
        return normalised.isEmpty() ? null : normalised;
    }
}
