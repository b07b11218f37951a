package org.cpecwatch.enrich;

import org.cpecwatch.schemas.avro.EnrichedArticle;
import org.cpecwatch.schemas.avro.RawArticle;

/**
 * What the topology asks of an enricher. {@link ArticleEnricher} is the one production runs; tests put their own
 * in front of it to drive the stateful steps with records no shipped rule would produce yet.
 */
@FunctionalInterface
public interface Enrichment {

    EnrichedArticle enrich(RawArticle raw);
}
