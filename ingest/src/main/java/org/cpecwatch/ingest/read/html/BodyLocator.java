package org.cpecwatch.ingest.read.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/**
 * Finds the elements that hold the article. The candidate is the element whose blocks add up to the most prose
 * once link-heavy and fragmentary blocks count against it (see {@link BlockValue}). When the page names an
 * element inside it as the article body (schema.org articleBody, "entry-content", "story-body", ...) and that
 * element holds a fair share of the prose, the named element wins: the bare sum also swallows teaser lists
 * whose summaries read like prose.
 */
final class BodyLocator {

    private static final Pattern BODY_NAME = Pattern.compile(
            "(?:article|story|entry|post|news|blog|rich-?text)[-_]*(?:body|content|text|copy|entry)"
                    + "|(?:body|text)[-_]*copy|fulltext|text-description");
    /** A named body must hold at least this share of the best element's prose to be trusted. */
    private static final double NAMED_BODY_SHARE = 0.3;

    private BodyLocator() {
    }

    /** The elements to render, in document order, none inside another. */
    static List<Element> locate(Element root, Set<Element> teasers) {
        SubtreeSums scores = SubtreeSums.of(root,
                block -> teasers.contains(block.owner()) ? -block.length() : BlockValue.of(block));
        Element best = root;
        Element bestNamed = null;
        for (Element element : scores.elements()) {
            double score = scores.of(element);
            // ">=" so that an inner element wins a tie over the wrappers around it.
            if (score >= scores.of(best)) {
                best = element;
            }
            if (isNamedBody(element) && (bestNamed == null || score >= scores.of(bestNamed))) {
                bestNamed = element;
            }
        }
        if (bestNamed == null || scores.of(bestNamed) < NAMED_BODY_SHARE * scores.of(best)) {
            return List.of(best);
        }
        return piecesNamedLike(bestNamed, scores);
    }

    /**
     * Sites that break the body up around ads or layout grids repeat its class on every piece, so collect all
     * the pieces in document order (a piece nested inside another is already part of it).
     */
    private static List<Element> piecesNamedLike(Element named, SubtreeSums scores) {
        if (named.className().isEmpty()) {
            return List.of(named);
        }
        List<Element> pieces = new ArrayList<>();
        for (Element element : scores.elements()) {
            boolean alike = element == named
                    || element.className().equals(named.className()) && scores.of(element) > 0;
            if (alike && (pieces.isEmpty() || !isInside(element, pieces.get(pieces.size() - 1)))) {
                pieces.add(element);
            }
        }
        return pieces;
    }

    private static boolean isInside(Element element, Element container) {
        for (Element at = element.parent(); at != null; at = at.parent()) {
            if (at == container) {
                return true;
            }
        }
        return false;
    }

    static boolean isNamedBody(Element element) {
        if (element.attr("itemprop").equalsIgnoreCase("articleBody")) {
            return true;
        }
        String names = FurnitureRemover.names(element);
        return !names.isEmpty() && BODY_NAME.matcher(names.toLowerCase(Locale.ROOT)).find();
    }
}
