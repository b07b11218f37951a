package org.cpecwatch.ingest.read.html;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Adds a value per text block up to every element that contains it. One backward pass over the elements in
 * document order finishes each subtree before its sum moves to the parent, so the cost is linear and no
 * recursion is involved however deep the page is nested.
 */
final class SubtreeSums {

    private final Elements elements;
    private final Map<Element, Double> sums;

    private SubtreeSums(Elements elements, Map<Element, Double> sums) {
        this.elements = elements;
        this.sums = sums;
    }

    static SubtreeSums of(Element root, ToDoubleFunction<TextBlock> value) {
        Elements elements = root.getAllElements();
        Map<Element, Double> sums = new IdentityHashMap<>(elements.size() * 2);
        for (TextBlock block : TextBlocks.of(root)) {
            sums.merge(block.owner(), value.applyAsDouble(block), Double::sum);
        }
        for (int i = elements.size() - 1; i > 0; i--) {
            Element element = elements.get(i);
            Double sum = sums.get(element);
            if (sum != null && element.parent() != null) {
                sums.merge(element.parent(), sum, Double::sum);
            }
        }
        return new SubtreeSums(elements, sums);
    }

    double of(Element element) {
        return sums.getOrDefault(element, 0.0);
    }

    /** All elements under the root, the root first, in document order. */
    Elements elements() {
        return elements;
    }
}
