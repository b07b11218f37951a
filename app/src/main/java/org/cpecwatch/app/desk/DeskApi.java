package org.cpecwatch.app.desk;

import java.io.IOException;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.cpecwatch.enrich.entities.Gazetteer;
import org.cpecwatch.schemas.avro.RelevanceLabel;
import org.cpecwatch.sink.query.ArticleDetail;
import org.cpecwatch.sink.query.ArticleFilter;
import org.cpecwatch.sink.query.ArticleQueries;
import org.cpecwatch.sink.query.ArticleSummary;
import org.cpecwatch.sink.query.IncidentDetail;
import org.cpecwatch.sink.query.IncidentFilter;
import org.cpecwatch.sink.query.IncidentQueries;
import org.cpecwatch.sink.query.ProvinceWeekFilter;
import org.cpecwatch.sink.query.ProvinceWeekQueries;
import org.cpecwatch.sink.query.SummaryJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desk's JSON API: the same queries as {@code query} and {@code incidents}, their rows the same records, so a
 * script and the page see the same fields. Every parameter is checked, and a bad one is a 400 that says which.
 */
final class DeskApi {

    private static final Logger LOG = LoggerFactory.getLogger(DeskApi.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final int DEFAULT_LIMIT = 200;
    static final int MAX_LIMIT = 2_000;

    private final DeskData data;
    private final Gazetteer gazetteer = Gazetteer.shipped();

    DeskApi(DeskData data) {
        this.data = data;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/status", ctx -> ctx.json(data.status()));
        routes.get("/api/articles", ctx -> answer(ctx, () -> list("articles",
                data.read(store -> new ArticleQueries(store.connection(), store.dialect()).find(articleFilter(ctx))),
                SummaryJson::article)));
        routes.get("/api/articles/{id}", ctx -> answer(ctx, () -> article(ctx.pathParam("id"))));
        routes.get("/api/incidents", ctx -> answer(ctx, () -> list("incidents",
                data.read(store -> new IncidentQueries(store.connection()).find(incidentFilter(ctx))),
                SummaryJson::incident)));
        routes.get("/api/incidents/{id}", ctx -> answer(ctx, () -> incident(ctx.pathParam("id"))));
        routes.get("/api/weeks", ctx -> answer(ctx, () -> list("weeks",
                data.read(store -> new ProvinceWeekQueries(store.connection()).find(weekFilter(ctx))),
                SummaryJson::week)));
        routes.exception(BadRequest.class, (e, ctx) -> error(ctx, HttpStatus.BAD_REQUEST, e.getMessage()));
    }

    /** Runs a read; a missing database is 503 with the reason the page shows, never a stack trace. */
    private static void answer(Context ctx, Read read) {
        try {
            ctx.json(read.get());
        } catch (NotFound e) {
            error(ctx, HttpStatus.NOT_FOUND, e.getMessage());
        } catch (IOException e) {
            error(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "a stored record is not readable JSON");
        } catch (DeskData.NoDatabase e) {
            error(ctx, HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        } catch (SQLException e) {
            LOG.warn("desk query failed: {}", e.getMessage());
            error(ctx, HttpStatus.SERVICE_UNAVAILABLE, "the database did not answer");
        } catch (BadRequest e) {
            throw e;
        } catch (RuntimeException e) {
            // The details (hosts, users, SQL) go to the log, never to whoever asked.
            LOG.warn("desk request {} failed", ctx.path(), e);
            error(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "the desk could not answer this request");
        }
    }

    private static <T> ObjectNode list(String name, List<T> rows, Function<T, ObjectNode> json) {
        ObjectNode answer = NODES.objectNode();
        answer.set(name, array(rows, json));
        return answer;
    }

    private static <T> ArrayNode array(List<T> rows, Function<T, ObjectNode> json) {
        ArrayNode array = NODES.arrayNode();
        rows.forEach(row -> array.add(json.apply(row)));
        return array;
    }

    /** The article as stored, with the incidents it reports and the other articles of its story. */
    private ObjectNode article(String id) throws SQLException, IOException {
        ArticleDetail detail = data.read(store -> new ArticleQueries(store.connection(), store.dialect()).byId(id))
                .orElseThrow(() -> new NotFound("no article " + id));
        ObjectNode answer = NODES.objectNode();
        answer.set("article", JSON.readTree(detail.recordJson()));
        answer.put("url", detail.summary().url());
        answer.set("incidents", array(data.read(store -> new IncidentQueries(store.connection()).reportedBy(id)),
                SummaryJson::incident));
        List<ArticleSummary> siblings = detail.storyId() == null ? List.of() : data.read(store ->
                new ArticleQueries(store.connection(), store.dialect()).storySiblings(detail.storyId(), id));
        answer.set("story", array(siblings, SummaryJson::article));
        return answer;
    }

    /** The incident with its conflicting values and the stored articles that report it. */
    private ObjectNode incident(String id) throws SQLException {
        IncidentDetail detail = data.read(store -> new IncidentQueries(store.connection()).byId(id))
                .orElseThrow(() -> new NotFound("no incident " + id));
        ObjectNode answer = NODES.objectNode();
        answer.set("incident", SummaryJson.incident(detail.summary()));
        answer.set("conflicts", array(detail.conflicts(), SummaryJson::conflict));
        ArrayNode reports = answer.putArray("reports");
        for (String articleId : detail.articleIds()) {
            data.read(store -> new ArticleQueries(store.connection(), store.dialect()).byId(articleId))
                    .ifPresent(report -> reports.add(SummaryJson.article(report.summary())));
        }
        return answer;
    }

    @FunctionalInterface
    private interface Read {
        Object get() throws SQLException, IOException;
    }

    private static void error(Context ctx, HttpStatus status, String message) {
        ctx.status(status).json(Map.of("error", message));
    }

    ArticleFilter articleFilter(Context ctx) {
        String label = ctx.queryParam("label");
        return checked(() -> new ArticleFilter(label == null || label.isBlank() ? null : label(label),
                date(ctx, "from"), date(ctx, "to"), blankToNull(ctx.queryParam("category")),
                canonical(ctx.queryParam("province")),
                canonical(ctx.queryParam("group")), blankToNull(ctx.queryParam("q")), limit(ctx)));
    }

    IncidentFilter incidentFilter(Context ctx) {
        return checked(() -> new IncidentFilter(date(ctx, "from"), date(ctx, "to"), canonical(ctx.queryParam("province")),
                blankToNull(ctx.queryParam("type")), limit(ctx)));
    }

    ProvinceWeekFilter weekFilter(Context ctx) {
        return checked(() -> new ProvinceWeekFilter(canonical(ctx.queryParam("province")), date(ctx, "from"),
                date(ctx, "to")));
    }

    /** A filter whose own checks refuse the parameters (from after to) is the asker's mistake: a 400 that says so. */
    private static <T> T checked(Supplier<T> filter) {
        try {
            return filter.get();
        } catch (IllegalArgumentException e) {
            throw new BadRequest(e.getMessage());
        }
    }

    private static RelevanceLabel label(String given) {
        try {
            return RelevanceLabel.valueOf(given);
        } catch (IllegalArgumentException e) {
            throw new BadRequest("label must be RELEVANT, POSSIBLY_RELEVANT or NOT_RELEVANT, not " + given);
        }
    }

    private static LocalDate date(Context ctx, String name) {
        String given = blankToNull(ctx.queryParam(name));
        try {
            return given == null ? null : LocalDate.parse(given);
        } catch (DateTimeParseException e) {
            throw new BadRequest(name + " must be a day as YYYY-MM-DD, not " + given);
        }
    }

    private static Integer limit(Context ctx) {
        String given = blankToNull(ctx.queryParam("limit"));
        if (given == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(given);
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new BadRequest("limit must be a number from 1 to " + MAX_LIMIT + ", not " + given);
    }

    /** Entities are stored under canonical names; a province or group may be asked for by any name the gazetteer knows. */
    private String canonical(String name) {
        String given = blankToNull(name);
        return given == null ? null : gazetteer.canonicalName(given).orElse(given);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** No such article or incident. */
    static final class NotFound extends RuntimeException {
        NotFound(String message) {
            super(message);
        }
    }

    /** A parameter the API cannot take; its message says which and why. */
    static final class BadRequest extends RuntimeException {
        BadRequest(String message) {
            super(message);
        }
    }

}
