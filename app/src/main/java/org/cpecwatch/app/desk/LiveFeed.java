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

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.sse.SseClient;
import org.cpecwatch.sink.db.Timestamps;
import org.cpecwatch.sink.query.ChangeQueries;
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
    private String articlesSeen;
    private String incidentsSeen;
    private boolean started;

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
        if (!started) {
            // Start at the present: a page loads what exists, and hears only what comes after.
            articlesSeen = data.read(store -> changes(store).latestArticle());
            incidentsSeen = data.read(store -> changes(store).latestIncident());
            started = true;
            return;
        }
        ChangeQueries.Position from = new ChangeQueries.Position(behind(articlesSeen), "");
        List<ChangeQueries.StoredArticle> page;
        do {
            ChangeQueries.Position after = from;
            page = data.read(store -> changes(store).articlesAfter(after, PAGE));
            for (ChangeQueries.StoredArticle article : page) {
                articlesSeen = later(articlesSeen, article.storedAt());
                if (told.first("a:" + article.id() + "@" + article.storedAt())) {
                    Map<String, Object> event = new LinkedHashMap<>();
                    event.put("id", article.id());
                    event.put("title", article.title());
                    event.put("label", article.label());
                    event.put("date", article.date());
                    send("article", event);
                }
                from = new ChangeQueries.Position(article.storedAt(), article.id());
            }
        } while (page.size() == PAGE);
        from = new ChangeQueries.Position(behind(incidentsSeen), "");
        List<ChangeQueries.ChangedIncident> incidents;
        do {
            ChangeQueries.Position after = from;
            incidents = data.read(store -> changes(store).incidentsAfter(after, PAGE));
            for (ChangeQueries.ChangedIncident incident : incidents) {
                incidentsSeen = later(incidentsSeen, incident.storedAt());
                if (told.first("i:" + incident.id() + "@" + incident.storedAt())) {
                    Map<String, Object> event = new LinkedHashMap<>();
                    event.put("id", incident.id());
                    event.put("type", incident.type());
                    event.put("place", incident.place());
                    event.put("province", incident.province());
                    send("incident", event);
                }
                from = new ChangeQueries.Position(incident.storedAt(), incident.id());
            }
        } while (incidents.size() == PAGE);
    }

    private static ChangeQueries changes(org.cpecwatch.sink.store.ArticleStore store) throws SQLException {
        return new ChangeQueries(store.connection(), store.dialect());
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
