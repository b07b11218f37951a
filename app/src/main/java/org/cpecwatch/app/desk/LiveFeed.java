package org.cpecwatch.app.desk;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
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
    private static final int BATCH = 200;

    private final DeskData data;
    private final Set<SseClient> clients = ConcurrentHashMap.newKeySet();
    private final Told told = new Told(10_000);
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
            articlesSeen = data.read(store -> new ChangeQueries(store.connection(), store.dialect()).latestArticle());
            incidentsSeen = data.read(store -> new ChangeQueries(store.connection(), store.dialect()).latestIncident());
            started = true;
            return;
        }
        String articlesFrom = behind(articlesSeen);
        for (ChangeQueries.StoredArticle article : data.read(store -> new ChangeQueries(store.connection(),
                store.dialect()).articlesAfter(articlesFrom, BATCH))) {
            articlesSeen = later(articlesSeen, article.storedAt());
            if (told.first("a:" + article.id() + "@" + article.storedAt())) {
                send("article", Map.of("id", article.id(), "title", String.valueOf(article.title()),
                        "label", article.label(), "date", String.valueOf(article.date())));
            }
        }
        String incidentsFrom = behind(incidentsSeen);
        for (ChangeQueries.ChangedIncident incident : data.read(store -> new ChangeQueries(store.connection(),
                store.dialect()).incidentsAfter(incidentsFrom, BATCH))) {
            incidentsSeen = later(incidentsSeen, incident.updatedAt());
            if (told.first("i:" + incident.id() + "@" + incident.updatedAt())) {
                Map<String, Object> event = new LinkedHashMap<>();
                event.put("id", incident.id());
                event.put("type", incident.type());
                event.put("place", incident.place());
                event.put("province", incident.province());
                send("incident", event);
            }
        }
    }

    private void send(String event, Map<String, ?> data) {
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
