package org.cpecwatch.ingest.read.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Element;

/**
 * Finds lists of teasers: three or more sibling cards of the same tag and class, each a linked headline with
 * a short summary. The summaries read like prose, so unless they count against their container a "more
 * stories" grid can outweigh a short article. Deleting the cards would be wrong too: their headlines are what
 * makes the page around the article look like furniture. Teasers inside the named article body (a "latest
 * stories" box after the last paragraph) go the same way.
 */
final class TeaserLists {

    private static final int MIN_CARDS = 3;
    private static final int MAX_CARD_TEXT = 600;
    private static final int MIN_HEADLINE = 12;

    private TeaserLists() {
    }

    /** Every element inside a teaser card, compared by identity. */
    static Set<Element> find(Element root) {
        SubtreeSums text = SubtreeSums.of(root, TextBlock::length);
        SubtreeSums headlines = SubtreeSums.of(root,
                block -> block.linkDensity() > BlockValue.LINK_HEAVY && block.length() >= MIN_HEADLINE ? 1 : 0);
        List<Element> cards = new ArrayList<>();
        for (Element parent : text.elements()) {
            if (parent.childrenSize() >= MIN_CARDS) {
                cards.addAll(teaserCards(parent, text, headlines));
            }
        }
        Set<Element> inside = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element card : cards) {
            inside.addAll(card.getAllElements());
        }
        return inside;
    }

    private static List<Element> teaserCards(Element parent, SubtreeSums text, SubtreeSums headlines) {
        Map<String, List<Element>> alike = new HashMap<>();
        for (Element child : parent.children()) {
            alike.computeIfAbsent(child.normalName() + "." + child.className(), key -> new ArrayList<>()).add(child);
        }
        List<Element> cards = new ArrayList<>();
        for (List<Element> group : alike.values()) {
            List<Element> teasers = group.stream().filter(card -> isTeaser(card, text, headlines)).toList();
            if (teasers.size() >= MIN_CARDS && teasers.size() * 3 >= group.size() * 2) {
                cards.addAll(teasers);
            }
        }
        return cards;
    }

    /** A linked headline block plus some text that is not the headline, all of it short. */
    private static boolean isTeaser(Element card, SubtreeSums text, SubtreeSums headlines) {
        double length = text.of(card);
        return headlines.of(card) >= 1 && length <= MAX_CARD_TEXT && length > 0;
    }
}
