package org.cpecwatch.app.desk;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import java.util.Map;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.cpecwatch.enrich.entities.Gazetteer;
import org.cpecwatch.schemas.avro.RelevanceLabel;
import org.cpecwatch.sink.query.ArticleFilter;
import org.cpecwatch.sink.query.ArticleQueries;
import org.cpecwatch.sink.query.IncidentFilter;
import org.cpecwatch.sink.query.IncidentQueries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desk's JSON API: the same queries as {@code query} and {@code incidents}, their rows the same records, so a
 * script and the page see the same fields. Every parameter is checked, and a bad one is a 400 that says which.
 */
final class DeskApi {

    private static final Logger LOG = LoggerFactory.getLogger(DeskApi.class);
    static final int DEFAULT_LIMIT = 200;
    static final int MAX_LIMIT = 2_000;

    private final DeskData data;
    private final Gazetteer gazetteer = Gazetteer.shipped();

    DeskApi(DeskData data) {
        this.data = data;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/status", ctx -> ctx.json(data.status()));
        routes.get("/api/articles", ctx -> answer(ctx, () -> Map.of("articles",
                data.read(store -> new ArticleQueries(store.connection(), store.dialect()).find(articleFilter(ctx))))));
        routes.get("/api/incidents", ctx -> answer(ctx, () -> Map.of("incidents",
                data.read(store -> new IncidentQueries(store.connection()).find(incidentFilter(ctx))))));
        routes.exception(BadRequest.class, (e, ctx) -> error(ctx, HttpStatus.BAD_REQUEST, e.getMessage()));
    }

    /** Runs a read; a missing database is 503 with the reason the page shows, never a stack trace. */
    private static void answer(Context ctx, Read read) {
        try {
            ctx.json(read.get());
        } catch (DeskData.NoDatabase e) {
            error(ctx, HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        } catch (SQLException e) {
            LOG.warn("desk query failed: {}", e.getMessage());
            error(ctx, HttpStatus.SERVICE_UNAVAILABLE, "the database did not answer");
        }
    }

    @FunctionalInterface
    private interface Read {
        Object get() throws SQLException;
    }

    private static void error(Context ctx, HttpStatus status, String message) {
        ctx.status(status).json(Map.of("error", message));
    }

    ArticleFilter articleFilter(Context ctx) {
        String label = ctx.queryParam("label");
        try {
            return new ArticleFilter(label == null || label.isBlank() ? null : label(label), date(ctx, "from"),
                    date(ctx, "to"), blankToNull(ctx.queryParam("category")), canonical(ctx.queryParam("province")),
                    canonical(ctx.queryParam("group")), blankToNull(ctx.queryParam("q")), limit(ctx));
        } catch (IllegalArgumentException e) {
            throw new BadRequest(e.getMessage());
        }
    }

    IncidentFilter incidentFilter(Context ctx) {
        return new IncidentFilter(date(ctx, "from"), blankToNull(ctx.queryParam("province")), limit(ctx));
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

    /** A parameter the API cannot take; its message says which and why. */
    static final class BadRequest extends RuntimeException {
        BadRequest(String message) {
            super(message);
        }
    }

}
