package org.cpecwatch.app.cli;

import java.nio.file.Path;

import org.cpecwatch.app.data.DataFolder;
import picocli.CommandLine.Option;

/** Where the pipeline keeps its files; shared by every command that touches them. */
final class Locations {

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "./data",
            description = "Data folder: broker logs, archive, failed files, database (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--inbox", paramLabel = "DIR", defaultValue = "./inbox",
            description = "Folder watched for article files (default: ${DEFAULT-VALUE}).")
    Path inbox;

    @Option(names = "--db", paramLabel = "URL",
            description = "Database: a SQLite file path or jdbc:sqlite:PATH (default: <data>/cpecwatch.db).")
    String db;

    DataFolder dataFolder() {
        return new DataFolder(data);
    }

    Path databaseFile() {
        if (db == null) {
            return dataFolder().database();
        }
        if (db.startsWith("jdbc:sqlite:")) {
            return Path.of(db.substring("jdbc:sqlite:".length()));
        }
        if (db.startsWith("jdbc:")) {
            throw new UserError("unsupported database " + db + ": only SQLite (a file path or jdbc:sqlite:PATH) for now");
        }
        return Path.of(db);
    }
}
