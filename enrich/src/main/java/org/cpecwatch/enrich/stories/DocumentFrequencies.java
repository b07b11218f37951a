package org.cpecwatch.enrich.stories;

/** How many articles the story stage has seen, and how many of them had a feature. */
interface DocumentFrequencies {

    long articles();

    long articlesWith(String feature);
}
