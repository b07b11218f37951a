package org.cpecwatch.ingest.read.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Deletes what is never article text: code, forms, hidden elements and page furniture that announces itself by
 * tag, ARIA role or class/id name. A named element survives when it holds most of the page's text, because
 * some sites give the whole page wrapper a name like "has-sidebar".
 */
final class FurnitureRemover {

    private static final Set<String> NEVER_TEXT = Set.of("script", "style", "noscript", "template", "iframe",
            "svg", "canvas", "object", "embed", "button", "input", "select", "textarea", "option", "audio",
            "video", "map", "dialog", "head", "link", "meta", "figcaption");
    private static final Set<String> FURNITURE_TAGS = Set.of("nav", "aside", "footer", "header", "menu");
    private static final Set<String> FURNITURE_ROLES = Set.of("navigation", "banner", "complementary",
            "contentinfo", "dialog", "alertdialog", "menu", "menubar", "search");
    /** Names that mark furniture as a whole word of a class or id ("ad" must not hit "header"). */
    private static final Pattern FURNITURE_WORD = Pattern.compile("(?:^|[^a-z])(?:nav|navbar|menu|ad|ads|adv"
            + "|banner|breadcrumbs?|tags?|byline|meta|masthead|pagination|pager|popup|modal|widget|toolbar"
            + "|skip|print|rail|caption|credits?|dek|standfirst|date|dateline|timestamp|published)(?:[^a-z]|$)");
    /** Class names that CSS frameworks use to hide an element; only the whole class name counts. */
    private static final Set<String> HIDING_CLASSES = Set.of("hidden", "hide", "sr-only", "visually-hidden",
            "screen-reader-text", "invisible", "d-none");
    /** Names that mark furniture even inside compounds such as "relatedStories" or "sharebar". */
    private static final Pattern FURNITURE_PART = Pattern.compile("comment|disqus|sidebar|related|share|sharing"
            + "|social|newsletter|subscri|signup|cookie|consent|gdpr|advert|sponsor|promo|outbrain|taboola"
            + "|recommend|trending|most-?popular|most-?read|footer|navigation|author-?bio|paywall-?prompt");
    private static final Pattern CAMEL_HUMP = Pattern.compile("(\\p{Ll})(\\p{Lu})");
    private static final Pattern HIDDEN_STYLE = Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden");
    /** Furniture names are ignored on an element that holds at least this share of the page's prose. */
    private static final double ARTICLE_SHARE_OF_PROSE = 0.5;

    private FurnitureRemover() {
    }

    static void clean(Document page) {
        Element body = page.body();
        List<Element> invisible = new ArrayList<>();
        for (Element element : body.getAllElements()) {
            if (element != body && (NEVER_TEXT.contains(element.normalName()) || isHidden(element))) {
                invisible.add(element);
            }
        }
        invisible.forEach(Element::remove);
        page.getElementsByTag("head").forEach(Element::remove);

        // Only prose decides what holds the article: a comment thread or a link column has little of it.
        SubtreeSums prose = SubtreeSums.of(body, block -> Math.max(0, BlockValue.of(block)));
        double articleShare = ARTICLE_SHARE_OF_PROSE * prose.of(body);
        List<Element> furniture = new ArrayList<>();
        for (Element element : prose.elements()) {
            if (element != body && looksLikeFurniture(element) && !holdsTheArticle(element, prose, articleShare)) {
                furniture.add(element);
            }
        }
        furniture.forEach(Element::remove);
    }

    private static boolean isHidden(Element element) {
        if (element.hasAttr("hidden") || HIDDEN_STYLE.matcher(element.attr("style")).find()) {
            return true;
        }
        for (String name : element.classNames()) {
            if (HIDING_CLASSES.contains(name.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    static boolean looksLikeFurniture(Element element) {
        if (FURNITURE_TAGS.contains(element.normalName())) {
            return true;
        }
        if (FURNITURE_ROLES.contains(element.attr("role").toLowerCase(Locale.ROOT))) {
            return true;
        }
        String names = names(element);
        return !names.isEmpty() && (FURNITURE_WORD.matcher(names).find() || FURNITURE_PART.matcher(names).find());
    }

    private static boolean holdsTheArticle(Element element, SubtreeSums prose, double articleShare) {
        String tag = element.normalName();
        return tag.equals("article") || tag.equals("main") || prose.of(element) >= articleShare;
    }

    /** Class and id in lower case, camelCase split with a hyphen so "newsCaption" reads as two words. */
    static String names(Element element) {
        String names = (element.className() + " " + element.id()).strip();
        return CAMEL_HUMP.matcher(names).replaceAll("$1-$2").toLowerCase(Locale.ROOT);
    }
}
