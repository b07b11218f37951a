package org.cpecwatch.app.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The database password, from where a secret belongs: a file only its owner can read (a mounted secret), else the
 * environment variable {@value #ENVIRONMENT}. A command line is visible to every local user in the process list.
 */
final class DatabasePassword {

    static final String ENVIRONMENT = "CPECWATCH_DB_PASSWORD";

    private DatabasePassword() {
    }

    static Optional<String> of(Path file, Map<String, String> environment) {
        if (file != null) {
            try {
                String first = Files.readString(file, StandardCharsets.UTF_8).lines().findFirst().orElse("");
                return Optional.of(first.strip());
            } catch (IOException e) {
                throw new UserError("cannot read the database password file " + file + ": " + e.getMessage());
            }
        }
        return Optional.ofNullable(environment.get(ENVIRONMENT)).filter(value -> !value.isEmpty());
    }
}
