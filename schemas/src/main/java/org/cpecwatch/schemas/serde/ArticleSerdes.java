package org.cpecwatch.schemas.serde;

import org.cpecwatch.schemas.avro.DeadLetter;
import org.cpecwatch.schemas.avro.EnrichedArticle;
import org.cpecwatch.schemas.avro.Incident;
import org.cpecwatch.schemas.avro.ProvinceWeek;
import org.cpecwatch.schemas.avro.RawArticle;

/** One serde per record type that travels on a topic. */
public final class ArticleSerdes {

    private ArticleSerdes() {
    }

    public static AvroSerde<RawArticle> raw() {
        return AvroSerde.forSpecific(RawArticle.class);
    }

    public static AvroSerde<EnrichedArticle> enriched() {
        return AvroSerde.forSpecific(EnrichedArticle.class);
    }

    public static AvroSerde<DeadLetter> deadLetter() {
        return AvroSerde.forSpecific(DeadLetter.class);
    }

    public static AvroSerde<Incident> incident() {
        return AvroSerde.forSpecific(Incident.class);
    }

    public static AvroSerde<ProvinceWeek> provinceWeek() {
        return AvroSerde.forSpecific(ProvinceWeek.class);
    }
}
