package org.cpecwatch.ingest.read.format;

import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.tika.mime.MediaType;
import org.cpecwatch.ingest.read.UnreadableFileException;

/** A JSON file holding one article object. */
final class JsonParser implements ArticleParser {

    static final MediaType JSON = MediaType.application("json");
    static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    @Override
    public boolean accepts(MediaType type) {
        return type.equals(JSON);
    }

    @Override
    public ParseResult parse(byte[] bytes, MediaType type, String fileName) throws UnreadableFileException {
        DecodedText decoded = CharsetResolver.decode(bytes, Optional.empty());
        JsonNode json;
        try {
            json = MAPPER.readTree(decoded.text());
        } catch (JsonProcessingException e) {
            throw new UnreadableFileException(JsonErrors.describe(e), e);
        }
        return ParseResult.of(JsonArticleFields.toArticle(json, JSON.toString(), decoded.charset(), decoded.metadata(),
                null));
    }
}
