package org.cpecwatch.ingest.read.html;

import java.util.List;
import java.util.StringJoiner;

import org.jsoup.nodes.Element;

/** Writes the article element as plain paragraphs, leaving out blocks that are mostly links. */
final class TextRenderer {

    private TextRenderer() {
    }

    static String render(List<Element> pieces) {
        StringJoiner paragraphs = new StringJoiner("\n\n");
        for (Element piece : pieces) {
            for (TextBlock block : TextBlocks.of(piece)) {
                if (block.linkDensity() <= BlockValue.LINK_HEAVY) {
                    paragraphs.add(block.text());
                }
            }
        }
        return paragraphs.toString();
    }
}
