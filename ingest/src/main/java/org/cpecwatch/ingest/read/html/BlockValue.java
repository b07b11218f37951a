package org.cpecwatch.ingest.read.html;

import java.util.regex.Pattern;

/**
 * How much a block looks like article prose: positive for sentences, negative for link lists and the short
 * labels that surround an article (section names, dates, "Share", "Advertisement").
 */
final class BlockValue {

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?。！？:;\"”’)]$");
    static final int SHORT_BLOCK = 25;
    static final double LINK_HEAVY = 0.5;

    private BlockValue() {
    }

    static double of(TextBlock block) {
        int length = block.length();
        double linkDensity = block.linkDensity();
        if (linkDensity > LINK_HEAVY) {
            return -length * linkDensity;
        }
        if (length < SHORT_BLOCK && !SENTENCE_END.matcher(block.text()).find()) {
            return -0.5 * length;
        }
        return length * (1 - linkDensity);
    }
}
