package org.cpecwatch.ingest.read.html;

import java.util.List;
import java.util.Set;
import java.util.StringJoiner;

import org.jsoup.nodes.Element;

/** Writes the article as plain paragraphs, leaving out blocks that are mostly links or belong to teasers. */
final class TextRenderer {

    private TextRenderer() {
    }

    /** The headline is left out: it is the title, and readers of the body have it already. */
    static String render(List<Element> pieces, Set<Element> teasers, String title) {
        StringJoiner paragraphs = new StringJoiner("\n\n");
        for (Element piece : pieces) {
            for (TextBlock block : TextBlocks.of(piece)) {
                if (block.linkDensity() <= BlockValue.LINK_HEAVY && !teasers.contains(block.owner())
                        && !block.owner().normalName().equals("h1") && !block.text().equals(title)) {
                    paragraphs.add(block.text());
                }
            }
        }
        return paragraphs.toString();
    }
}
