package org.cpecwatch.app.desk;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.sse.SseClient;
import org.cpecwatch.sink.db.Timestamps;
import org.cpecwatch.sink.query.ChangeQueries;
import org.cpecwatch.sink.store.ArticleStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells every open page what the database gained, as server-sent events: {@code article} and {@code incident}. It
 * asks the database once a second rather than listening to the sink, so `serve` follows a pipeline in another
 * process exactly as `run --web` follows its own. A row whose transaction commits after a later one was read is still
 * seen: each question looks {@link #LOOK_BACK} behind the newest moment seen, and what was already told is not told
 * twice.
 */
final class LiveFeed implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LiveFeed.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    static final Duration POLL = Duration.ofSeconds(1);
    static final Duration LOOK_BACK = Duration.ofSeconds(10);
    private static final Duration HEARTBEAT = Duration.ofSeconds(15);
    /** Rows read at a time; a sink batch larger than this is read over several pages of the same poll. */
    static final int PAGE = 200;

    private final DeskData data;
    private final Set<SseClient> clients = ConcurrentHashMap.newKeySet();
    /** More than the sink writes in {@link #LOOK_BACK}: a row looked at again within it is told once. */
    private final Told told = new Told(100_000);
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "cpecwatch-desk-live");
        thread.setDaemon(true);
        return thread;
    });
    private final Follower<ChangeQueries.StoredArticle> articles = new Follower<>("article",
            ChangeQueries::latestArticle, ChangeQueries::articlesAfter, LiveFeed::articleEvent);
    private final Follower<ChangeQueries.ChangedIncident> incidents = new Follower<>("incident",
            ChangeQueries::latestIncident, ChangeQueries::incidentsAfter, LiveFeed::incidentEvent);

    LiveFeed(DeskData data) {
        this.data = data;
    }

    void start() {
        timer.scheduleWithFixedDelay(this::pollQuietly, 0, POLL.toMillis(), TimeUnit.MILLISECONDS);
        timer.scheduleWithFixedDelay(() -> clients.forEach(client -> client.sendComment("heartbeat")),
                HEARTBEAT.toMillis(), HEARTBEAT.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** A page opened the stream: it hears everything stored from now on. */
    void join(SseClient client) {
        client.keepAlive();
        client.onClose(() -> clients.remove(client));
        clients.add(client);
        client.sendComment("connected");
    }

    private void pollQuietly() {
        try {
            poll();
        } catch (SQLException | DeskData.NoDatabase e) {
            // No database yet, or it went away: the next second asks again.
            LOG.debug("live feed: {}", e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("live feed: {}", e.getMessage(), e);
        }
    }

    private void poll() throws SQLException {
        articles.poll();
        incidents.poll();
    }

    private static ChangeQueries changes(ArticleStore store) throws SQLException {
        return new ChangeQueries(store.connection(), store.dialect());
    }

    private static Map<String, Object> articleEvent(ChangeQueries.StoredArticle article) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("id", article.id());
        event.put("title", article.title());
        event.put("label", article.label());
        event.put("date", article.date());
        return event;
    }

    private static Map<String, Object> incidentEvent(ChangeQueries.ChangedIncident incident) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("id", incident.id());
        event.put("type", incident.type());
        event.put("place", incident.place());
        event.put("province", incident.province());
        return event;
    }

    /** How a table's newest moment is read, and its rows after a position. */
    @FunctionalInterface
    private interface Latest {
        String of(ChangeQueries changes) throws SQLException;
    }

    @FunctionalInterface
    private interface After<R> {
        List<R> read(ChangeQueries changes, ChangeQueries.Position after, int limit) throws SQLException;
    }

    /** One table followed: where it was last seen, and the event each new row becomes. */
    private final class Follower<R extends ChangeQueries.Change> {

        private final String event;
        private final Latest latest;
        private final After<R> after;
        private final Function<R, Map<String, Object>> toEvent;
        private String seen;
        private boolean started;

        Follower(String event, Latest latest, After<R> after, Function<R, Map<String, Object>> toEvent) {
            this.event = event;
            this.latest = latest;
            this.after = after;
            this.toEvent = toEvent;
        }

        void poll() throws SQLException {
            if (!started) {
                // Start at the present: a page loads what exists, and hears only what comes after.
                seen = data.read(store -> latest.of(changes(store)));
                started = true;
                return;
            }
            ChangeQueries.Position from = new ChangeQueries.Position(behind(seen), "");
            List<R> page;
            do {
                ChangeQueries.Position at = from;
                page = data.read(store -> after.read(changes(store), at, PAGE));
                for (R row : page) {
                    seen = later(seen, row.storedAt());
                    if (told.first(event + ":" + row.id() + "@" + row.storedAt())) {
                        send(event, toEvent.apply(row));
                    }
                    from = row.position();
                }
            } while (page.size() == PAGE);
        }
    }

    private void send(String event, Map<String, Object> data) {
        String json;
        try {
            json = JSON.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        clients.forEach(client -> client.sendEvent(event, json));
    }

    private static String behind(String moment) {
        Instant from = moment == null ? Instant.EPOCH : Instant.parse(moment).minus(LOOK_BACK);
        return Timestamps.format(from);
    }

    private static String later(String a, String b) {
        return a == null || b.compareTo(a) > 0 ? b : a;
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            // A poll in flight finishes before the database is closed under it.
            timer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        clients.forEach(SseClient::close);
    }

    /** The newest events told, so one looked at twice is told once; the oldest are forgotten first. */
    private static final class Told {
        private final Map<String, Boolean> recent;

        Told(int capacity) {
            this.recent = new LinkedHashMap<>(capacity, 0.75f, false) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                    return size() > capacity;
                }
            };
        }

        boolean first(String key) {
            return recent.put(key, Boolean.TRUE) == null;
        }
    }
}
