package org.cpecwatch.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.cpecwatch.ingest.ledger.IngestLedger;
import org.cpecwatch.ingest.ledger.LedgerEntry;
import org.cpecwatch.ingest.read.ParsedArticle;
import org.cpecwatch.ingest.read.ReadOutcome;
import org.cpecwatch.schemas.avro.RawArticle;

/**
 * Sends the articles of a claimed file, as a reader left it, under their content keys. The producer's callbacks
 * only count answers and hand the finished file over ({@code answered}); everything slow happens on the worker.
 */
final class Sender {

    private final Producer<String, RawArticle> producer;
    private final String topic;
    private final IngestLedger ledger;
    private final Finisher finisher;
    private final BrokerOutage outage;
    private final Consumer<SentFile> answered;
    private Set<String> onTopicBeforeRestart = Set.of();

    Sender(Producer<String, RawArticle> producer, String topic, IngestLedger ledger, Finisher finisher,
           BrokerOutage outage, Consumer<SentFile> answered) {
        this.outage = outage;
        this.producer = producer;
        this.topic = topic;
        this.ledger = ledger;
        this.finisher = finisher;
        this.answered = answered;
    }

    /** Keys found on the topic at start-up: files left in processing with all their keys there are not resent. */
    void onTopicBeforeRestart(Set<String> keys) {
        onTopicBeforeRestart = keys;
    }

    /** True when records went out and the file is now in flight; false when it was settled here and then. */
    boolean publish(ReadFile file) {
        if (file.outcome() instanceof ReadOutcome.Unreadable unreadable) {
            finisher.fail(file.file(), file.name(), unreadable.reason(), unreadable.exceptionClass());
            return false;
        }
        return publish(file.file(), file.name(), (ReadOutcome.Articles) file.outcome(), file.articles(), file.firstSend());
    }

    private boolean publish(Path file, String name, ReadOutcome.Articles read, List<RawArticle> articles, boolean firstSend) {
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
