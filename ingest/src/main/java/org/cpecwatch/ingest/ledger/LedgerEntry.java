package org.cpecwatch.ingest.ledger;

import java.util.List;

/**
 * One dropped file as the ledger knows it. A file dropped twice is two entries: each drop is its own instance.
 *
 * @param name         the name the file had in the inbox
 * @param path         where the file is now (inbox, processing, archive or failed)
 * @param attempts     how many times its records were sent
 * @param errorClass   the exception class behind {@code lastError}, when there was one
 * @param duplicateOf  for a DUPLICATE, the name of the earlier file with the same text
 * @param articles     what the file yielded: one article, or one per JSONL line
 */
public record LedgerEntry(long id, String name, String path, long sizeBytes, String contentType, String charset,
                          FileState state, int attempts, String lastError, String errorClass, String duplicateOf,
                          String discoveredAt, String updatedAt, List<Article> articles) {

    public LedgerEntry {
        articles = List.copyOf(articles);
    }

    /**
     * An article of the file: its key on Kafka and, once acknowledged, where it landed.
     *
     * @param line JSONL line number; null for a file that holds one article
     */
    public record Article(Integer line, String hash, String topic, Integer partition, Long offset) {

        public boolean isAcknowledged() {
            return offset != null;
        }
    }
}
