package org.cpecwatch.ingest;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.cpecwatch.ingest.ledger.IngestLedger;
import org.cpecwatch.ingest.ledger.LedgerEntry;
import org.cpecwatch.ingest.read.ArticleFileReader;
import org.cpecwatch.ingest.read.ParsedArticle;
import org.cpecwatch.ingest.read.RawArticles;
import org.cpecwatch.ingest.read.ReadOutcome;
import org.cpecwatch.schemas.avro.RawArticle;

/**
 * Reads a claimed file and sends its articles under their content keys. The producer's callbacks only count
 * answers and hand the finished file over ({@code answered}); everything slow happens on the worker.
 */
final class Sender {

    private final Producer<String, RawArticle> producer;
    private final String topic;
    private final ArticleFileReader reader;
    private final IngestLedger ledger;
    private final Finisher finisher;
    private final BrokerOutage outage;
    private final Clock clock;
    private final Consumer<SentFile> answered;
    private Set<String> onTopicBeforeRestart = Set.of();

    Sender(Producer<String, RawArticle> producer, String topic, ArticleFileReader reader, IngestLedger ledger,
           Finisher finisher, BrokerOutage outage, Clock clock, Consumer<SentFile> answered) {
        this.outage = outage;
        this.producer = producer;
        this.topic = topic;
        this.reader = reader;
        this.ledger = ledger;
        this.finisher = finisher;
        this.clock = clock;
        this.answered = answered;
    }

    /** Keys found on the topic at start-up: files left in processing with all their keys there are not resent. */
    void onTopicBeforeRestart(Set<String> keys) {
        onTopicBeforeRestart = keys;
    }

    /**
     * True when records went out and the file is now in flight; false when it was settled here and then.
     *
     * @param firstSend the file was just claimed by this run, so the ledger need not be asked whether it was sent
     */
    boolean publish(Path file, boolean firstSend) {
        String name = file.getFileName().toString();
        ReadOutcome outcome = reader.read(file, name);
        if (outcome instanceof ReadOutcome.Unreadable unreadable) {
            finisher.fail(file, name, unreadable.reason(), unreadable.exceptionClass());
            return false;
        }
        ReadOutcome.Articles read = (ReadOutcome.Articles) outcome;
        Instant at = clock.instant();
        List<RawArticle> articles = read.articles().stream()
                .map(article -> RawArticles.from(article, read.sizeBytes(), name, at)).toList();
        List<String> keys = articles.stream().map(RawArticle::getId).toList();
        PendingSends answers = new PendingSends(articles.size());
        // Only a file sent before (a left-over from a crash, a retry) can have been acknowledged already.
        if (!firstSend && (ledger.acknowledgedEarlier(file, keys)
                || (!keys.isEmpty() && onTopicBeforeRestart.containsAll(keys)))) {
            // Acknowledged before a crash or a failed archive move: archive it, sending again would duplicate it.
            answered.accept(new SentFile(file, name, read, articles, answers, true));
            return true;
        }
        Optional<String> earlier = ledger.earlierCopy(file, keys);
        if (earlier.isPresent()) {
            finisher.archiveDuplicate(file, name, earlier.get());
            return false;
        }
        ParsedArticle first = read.articles().get(0);
        ledger.sending(file, first.contentType(), first.charset(), articles.stream()
                .map(article -> new LedgerEntry.Article(article.getLineNumber(), article.getId(), null, null, null)).toList());
        SentFile sent = new SentFile(file, name, read, articles, answers, false);
        for (int index = 0; index < articles.size(); index++) {
            int record = index;
            try {
                producer.send(new ProducerRecord<>(topic, keys.get(index), articles.get(index)),
                        (metadata, error) -> {
                            if (error == null) {
                                outage.sendSucceeded();
                            }
                            if (answers.answered(record, metadata, error)) {
                                answered.accept(sent);
                            }
                        });
            } catch (RuntimeException e) {
                // The articles not sent count as failed too, so the file is settled once, when all have answered.
                for (int unsent = index; unsent < articles.size(); unsent++) {
                    if (answers.answered(unsent, null, e)) {
                        answered.accept(sent);
                    }
                }
                return true;
            }
        }
        return true;
    }
}
