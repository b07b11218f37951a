package org.cpecwatch.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabasePasswordTest {

    @TempDir
    Path dir;

    @Test
    void shouldReadTheFirstLineOfThePasswordFileBeforeTheEnvironment() throws Exception {
        Path file = Files.writeString(dir.resolve("db-password"), "s3cret\n# comment\n");

        assertEquals(Optional.of("s3cret"), DatabasePassword.of(file, Map.of(DatabasePassword.ENVIRONMENT, "other")));
    }

    @Test
    void shouldTakeTheEnvironmentVariableWhenNoFileIsGivenAndNothingWhenNeither() {
        assertEquals(Optional.of("from-env"), DatabasePassword.of(null, Map.of(DatabasePassword.ENVIRONMENT, "from-env")));
        assertEquals(Optional.empty(), DatabasePassword.of(null, Map.of()));
    }

    @Test
    void shouldSayWhichFileItCannotRead() {
        UserError error = assertThrows(UserError.class, () -> DatabasePassword.of(dir.resolve("missing"), Map.of()));
        assertEquals(true, error.getMessage().contains("missing"));
    }
}
