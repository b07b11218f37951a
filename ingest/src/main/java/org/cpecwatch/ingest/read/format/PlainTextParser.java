package org.cpecwatch.ingest.read.format;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.tika.mime.MediaType;
import org.cpecwatch.ingest.read.ParsedArticle;
import org.cpecwatch.ingest.read.UnreadableFileException;

/** Plain text and Markdown: header lines or YAML front matter become metadata, the rest is the body. */
final class PlainTextParser implements ArticleParser {

    static final MediaType MARKDOWN = MediaType.parse("text/markdown");
    private static final Set<MediaType> MARKDOWN_TYPES = Set.of(MARKDOWN, MediaType.parse("text/x-web-markdown"));

    @Override
    public boolean accepts(MediaType type) {
        return type.equals(MediaType.TEXT_PLAIN) || MARKDOWN_TYPES.contains(type);
    }

    @Override
    public ParseResult parse(byte[] bytes, MediaType type, String fileName) throws UnreadableFileException {
        DecodedText decoded = CharsetResolver.decode(bytes, Optional.empty());
        Map<String, String> metadata = decoded.metadata();
        String body = decoded.text();
        Optional<FrontMatter.Split> frontMatter = MARKDOWN_TYPES.contains(type) ? FrontMatter.split(body) : Optional.empty();
        if (frontMatter.isPresent()) {
            frontMatter.get().fields().forEach(metadata::putIfAbsent);
            body = frontMatter.get().body();
        } else {
            HeaderLines.Split headers = HeaderLines.split(body);
            headers.headers().forEach(metadata::putIfAbsent);
            body = headers.body();
        }
        String title = metadata.remove("title");
        String contentType = MARKDOWN_TYPES.contains(type) ? MARKDOWN.toString() : MediaType.TEXT_PLAIN.toString();
        return ParseResult.of(new ParsedArticle(Bodies.require(body), title, contentType, decoded.charset(),
                metadata, null));
    }
}
