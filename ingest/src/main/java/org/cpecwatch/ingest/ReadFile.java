package org.cpecwatch.ingest;

import java.nio.file.Path;
import java.util.List;

import org.cpecwatch.ingest.read.ReadOutcome;
import org.cpecwatch.schemas.avro.RawArticle;

/**
 * A claimed file as a reader thread left it for the worker: what reading gave and the records to send, or the
 * unforeseen error the reader or a parser threw (the file then fails alone).
 *
 * @param firstSend the file was just claimed by this run, so the ledger need not be asked whether it was sent
 * @param articles  one record per article read; empty when the file is unreadable or reading crashed
 * @param crash     null unless reading threw
 */
record ReadFile(Path file, String name, boolean firstSend, ReadOutcome outcome, List<RawArticle> articles,
                Throwable crash) {
}
