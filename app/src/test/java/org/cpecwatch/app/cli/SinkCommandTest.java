package org.cpecwatch.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.apache.kafka.common.KafkaException;
import org.cpecwatch.sink.db.Database;
import org.cpecwatch.sink.store.ArticleStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sink that fails to start leaves no database connection open behind it. */
class SinkCommandTest {

    @TempDir
    Path dir;

    @Test
    void shouldCloseTheStoresWhenTheSinkFailsToStart() throws Exception {
        Path file = dir.resolve("sink.db");
        List<ArticleStore> stores = List.of(ArticleStore.open(Database.sqlite(file), Clock.systemUTC()));
        assertEquals(0, stores.get(0).count());
        // SQLite keeps its write-ahead log while a connection is open and removes it when the last one closes.
        Path wal = dir.resolve("sink.db-wal");
        assertTrue(Files.exists(wal), "a connection is open");

        KafkaException failure = assertThrows(KafkaException.class, () -> SinkCommand.closingOnFailure(stores, () -> {
            throw new KafkaException("Failed to construct kafka consumer");
        }));

        assertEquals("Failed to construct kafka consumer", failure.getMessage());
        assertFalse(Files.exists(wal), "the store's connection was closed");
    }
}
