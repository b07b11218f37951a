package org.cpecwatch.enrich.stories;

/** How many articles the story window holds, and how many of them have a feature (by its stable hash). */
interface DocumentFrequencies {

    long articles();

    long articlesWith(long featureHash);
}
