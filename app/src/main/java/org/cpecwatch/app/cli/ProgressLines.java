package org.cpecwatch.app.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;

import org.cpecwatch.enrich.reload.ReloadListener;
import org.cpecwatch.ingest.IngestListener;
import org.cpecwatch.schemas.avro.EnrichedArticle;
import org.cpecwatch.schemas.avro.Incident;
import org.cpecwatch.sink.SinkListener;

/**
 * One short line per stored, failed or dead-lettered article, per incident stored or removed and per rules reload,
 * and an ingest progress line at intervals on a backlog, for the person watching {@code run}.
 */
final class ProgressLines implements IngestListener, SinkListener, ReloadListener {

    private static final int SHORT_ID = 12;

    private final PrintWriter out;

    ProgressLines(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void stored(EnrichedArticle article) {
        print(String.format(Locale.ROOT, "stored  %s  %-17s %.2f  %s", article.getId().substring(0, Math.min(SHORT_ID, article.getId().length())),
                article.getRelevance().getLabel(), article.getRelevance().getScore(), article.getSourceFile()));
    }

    @Override
    public void incidentStored(Incident incident) {
        print(String.format(Locale.ROOT, "incident  %s  %s  %s  %s  %d report(s)", shortId(incident.getId()),
                incident.getType(), incident.getDate() == null ? "date unknown" : incident.getDate(),
                incident.getPlace() == null ? "place unknown" : incident.getPlace(), incident.getReportCount()));
    }

    @Override
    public void incidentRemoved(String id) {
        print("incident  " + shortId(id) + "  removed");
    }

    private static String shortId(String id) {
        return id.substring(0, Math.min(SHORT_ID, id.length()));
    }

    @Override
    public void failed(String file, String reason) {
        print("failed  " + file + ": " + reason);
    }

    /** {@code ingest: 4,200/10,000 files, 1,850 files/s, about 3 s left}: one line every few seconds on a backlog. */
    @Override
    public void progress(long processed, long total, double filesPerSecond, Duration eta) {
        print(ingestProgress(processed, total, filesPerSecond, eta));
    }

    static String ingestProgress(long processed, long total, double filesPerSecond, Duration eta) {
        String left = processed == total ? "done" : eta == null ? "time left unknown" : "about " + roughly(eta) + " left";
        return String.format(Locale.ROOT, "ingest: %,d/%,d files, %,.0f files/s, %s", processed, total, filesPerSecond, left);
    }

    private static String roughly(Duration eta) {
        long seconds = Math.max(1, eta.toSeconds());
        return seconds < 120 ? seconds + " s" : seconds < 7200 ? (seconds + 30) / 60 + " min" : (seconds + 1800) / 3600 + " h";
    }

    @Override
    public void deadLettered(String topic, int partition, long offset, String reason) {
        print("dead letter  " + topic + "-" + partition + "@" + offset + ": " + reason);
    }

    @Override
    public void rulesReloaded(String version) {
        print("rules reloaded: ruleset+model " + version + " applies from the next article");
    }

    @Override
    public void rulesRejected(String reason) {
        print("rules not reloaded, the previous ones stay in force: " + reason);
    }

    private void print(String line) {
        synchronized (out) {
            out.println(line);
            out.flush();
        }
    }
}
