package org.cpecwatch.enrich.evaluation;

import org.cpecwatch.schemas.avro.RawArticle;

/** An article as ingest would publish it, with a person's labels. */
public record LabelledArticle(Label label, RawArticle raw) {
}
