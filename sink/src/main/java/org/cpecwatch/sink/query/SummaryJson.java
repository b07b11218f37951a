package org.cpecwatch.sink.query;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The one JSON shape of each listed row, for every reader that prints or serves one: {@code query},
 * {@code incidents} and {@code weeks} with {@code --format json}, and the web API. Fields are named here, not taken
 * from the records' component names, so renaming a component cannot silently change what scripts and the page read;
 * a null value is written as null, so every row has every field.
 */
public final class SummaryJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SummaryJson() {
    }

    public static ObjectNode article(ArticleSummary a) {
        ObjectNode row = NODES.objectNode();
        row.put("id", a.id());
        row.put("date", a.date());
        row.put("label", a.label());
        row.put("score", a.score());
        row.put("title", a.title());
        ArrayNode categories = row.putArray("categories");
        a.categories().forEach(categories::add);
        row.put("source", a.source());
        row.put("url", a.url());
        row.put("originalFile", a.originalFile());
        row.put("ingestedAt", a.ingestedAt());
        return row;
    }

    public static ObjectNode incident(IncidentSummary i) {
        ObjectNode row = NODES.objectNode();
        row.put("id", i.id());
        row.put("type", i.type());
        row.put("date", i.date());
        row.put("datePrecision", i.datePrecision());
        row.put("place", i.place());
        row.put("province", i.province());
        row.put("lat", i.lat());
        row.put("lon", i.lon());
        row.put("killed", i.killed());
        row.put("injured", i.injured());
        row.put("chineseKilled", i.chineseKilled());
        row.put("chineseInjured", i.chineseInjured());
        row.put("perpetrator", i.perpetrator());
        row.put("claimed", i.claimed());
        row.put("reports", i.reports());
        row.put("conflicts", i.conflicts());
        row.put("background", i.background());
        return row;
    }

    public static ObjectNode week(ProvinceWeekRow w) {
        ObjectNode row = NODES.objectNode();
        row.put("province", w.province());
        row.put("weekStart", w.weekStart());
        row.put("relevantArticles", w.relevantArticles());
        row.put("incidents", w.incidents());
        return row;
    }

    /** A value some reports give that differs from the incident's best one, with the articles that give it. */
    public static ObjectNode conflict(ConflictingValue c) {
        ObjectNode row = NODES.objectNode();
        row.put("field", c.field());
        row.put("value", c.value());
        ArrayNode articles = row.putArray("articleIds");
        c.articleIds().forEach(articles::add);
        return row;
    }
}
