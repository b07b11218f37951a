package org.cpecwatch.ingest.read.html;

import org.jsoup.nodes.Element;

/**
 * A run of text that a browser would show as one paragraph, line or table row.
 *
 * @param text      whitespace-normalised text, never blank
 * @param linkChars how many of its characters sit inside links; teasers and menus are mostly links
 * @param owner     the nearest block-level element around the text
 */
record TextBlock(String text, int linkChars, Element owner) {

    double linkDensity() {
        return text.isEmpty() ? 0 : (double) linkChars / text.length();
    }

    int length() {
        return text.length();
    }
}
