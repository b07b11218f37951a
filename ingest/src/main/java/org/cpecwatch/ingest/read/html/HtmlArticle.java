package org.cpecwatch.ingest.read.html;

/**
 * What the extractor found in one saved web page. Every field but {@code body} may be null when the page
 * does not say; {@code body} is never null but may be empty when no article text was found.
 *
 * @param title        og:title, the document title or the first h1
 * @param body         article paragraphs, separated by a blank line, whitespace normalised
 * @param author       meta author, article:author or the JSON-LD author name
 * @param published    the publication date as the page writes it (usually ISO 8601)
 * @param language     the html lang attribute or content-language
 * @param canonicalUrl link rel=canonical or og:url, made absolute against the base URL when one was given
 * @param siteName     og:site_name, application-name or the JSON-LD publisher name
 */
public record HtmlArticle(
        String title,
        String body,
        String author,
        String published,
        String language,
        String canonicalUrl,
        String siteName) {
}
