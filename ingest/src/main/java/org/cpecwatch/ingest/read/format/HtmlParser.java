package org.cpecwatch.ingest.read.format;

import java.util.Map;
import java.util.Set;

import org.apache.tika.mime.MediaType;
import org.cpecwatch.ingest.read.ParsedArticle;
import org.cpecwatch.ingest.read.UnreadableFileException;
import org.cpecwatch.ingest.read.html.HtmlArticle;
import org.cpecwatch.ingest.read.html.HtmlArticleExtractor;

/** Saved web pages: the article body without page furniture, and what the page says about itself. */
final class HtmlParser implements ArticleParser {

    private static final Set<MediaType> TYPES = Set.of(MediaType.TEXT_HTML, MediaType.application("xhtml+xml"));

    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    @Override
    public boolean accepts(MediaType type) {
        return TYPES.contains(type);
    }

    @Override
    public ParseResult parse(byte[] bytes, MediaType type, String fileName) throws UnreadableFileException {
        DecodedText decoded = CharsetResolver.decode(bytes, DeclaredCharset.find(bytes));
        HtmlArticle page;
        try {
            page = extractor.extract(decoded.text());
        } catch (StackOverflowError tooDeep) {
            // The extractor walks the tree recursively; a page nested thousands deep is an attack, not an article.
            throw new UnreadableFileException("HTML nested too deeply to read");
        }
        if (page.body().isBlank()) {
            throw new UnreadableFileException("no article text found in the HTML page");
        }
        Map<String, String> metadata = decoded.metadata();
        putIfPresent(metadata, "author", page.author());
        putIfPresent(metadata, "date", page.published());
        putIfPresent(metadata, "language", page.language());
        putIfPresent(metadata, "url", page.canonicalUrl());
        putIfPresent(metadata, "source", page.siteName());
        return ParseResult.of(new ParsedArticle(Bodies.require(TextNormaliser.normalise(page.body())), page.title(),
                MediaType.TEXT_HTML.toString(), decoded.charset(), metadata, null));
    }

    private static void putIfPresent(Map<String, String> metadata, String key, String value) {
        if (value != null && !value.isBlank()) {
            metadata.put(key, value.strip());
        }
    }
}
