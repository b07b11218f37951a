package org.cpecwatch.ingest.read.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Cuts an element's visible text into blocks the way a browser breaks lines. The walk is jsoup's iterative
 * traversal, so a page nested thousands of levels deep cannot overflow the stack.
 */
final class TextBlocks implements NodeVisitor {

    /** Tags that start a new line when rendered; everything else flows inline. */
    static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "body", "br", "dd",
            "details", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
            "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table",
            "tbody", "thead", "tfoot", "tr", "ul", "caption", "center", "html", "dialog", "menu");
    /** Table cells end a word, not a line, so that a row reads as one block. */
    private static final Set<String> CELL_TAGS = Set.of("td", "th");

    private final List<TextBlock> blocks = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private Element currentOwner;
    private int linkChars;
    private int openLinks;

    private TextBlocks() {
    }

    static List<TextBlock> of(Element root) {
        TextBlocks collector = new TextBlocks();
        collector.currentOwner = root;
        NodeTraversor.traverse(collector, root);
        collector.flush();
        return collector.blocks;
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode text) {
            append(text.getWholeText());
        } else if (node instanceof Element element) {
            String tag = element.normalName();
            if (BLOCK_TAGS.contains(tag)) {
                flush();
                currentOwner = element;
            } else if (CELL_TAGS.contains(tag)) {
                append(" ");
            } else if (tag.equals("a")) {
                openLinks++;
            }
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element element) {
            String tag = element.normalName();
            if (BLOCK_TAGS.contains(tag)) {
                flush();
                // Text after a nested block belongs to the enclosing block again.
                currentOwner = element.parent() == null ? element : element.parent();
            } else if (tag.equals("a")) {
                openLinks--;
            }
        }
    }

    private void append(String raw) {
        int before = current.length();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            boolean space = Character.isWhitespace(c) || Character.isSpaceChar(c);
            if (!space) {
                current.append(c);
            } else if (current.length() > 0 && current.charAt(current.length() - 1) != ' ') {
                current.append(' ');
            }
        }
        if (openLinks > 0) {
            linkChars += current.length() - before;
        }
    }

    private void flush() {
        String text = current.toString().strip();
        if (!text.isEmpty()) {
            blocks.add(new TextBlock(text, Math.min(linkChars, text.length()), currentOwner));
        }
        current.setLength(0);
        linkChars = 0;
    }
}
