package org.cpecwatch.enrich.stories;

import java.util.Set;

/**
 * Words that say nothing about which story an article tells. The running document frequencies would learn this too,
 * but only after many articles; the list keeps the first articles of a fresh deployment from matching on "which".
 */
final class StopWords {

    private static final Set<String> WORDS = Set.of(
            "about", "above", "after", "again", "against", "all", "also", "among", "and", "any", "are", "around",
            "because", "been", "before", "being", "below", "between", "both", "but", "can", "could", "did", "does",
            "doing", "down", "during", "each", "either", "even", "ever", "every", "few", "for", "from", "further",
            "had", "has", "have", "having", "her", "here", "hers", "him", "his", "how", "however", "into", "its",
            "itself", "just", "last", "least", "less", "like", "made", "make", "many", "may", "more", "most", "much",
            "must", "near", "next", "nor", "not", "now", "off", "once", "one", "only", "other", "others", "our",
            "out", "over", "per", "said", "same", "says", "she", "should", "since", "some", "still", "such",
            "than", "that", "the", "their", "them", "then", "there", "these", "they", "this", "those", "though",
            "through", "thus", "told", "too", "two", "under", "until", "upon", "very", "was", "were", "what", "when",
            "where", "whether", "which", "while", "who", "whom", "whose", "why", "will", "with", "within", "without",
            "would", "year", "years", "yet", "you", "your");

    private StopWords() {
    }

    static boolean contains(String lowerCaseWord) {
        return WORDS.contains(lowerCaseWord);
    }
}
