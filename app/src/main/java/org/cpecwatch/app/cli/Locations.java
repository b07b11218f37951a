package org.cpecwatch.app.cli;

import java.nio.file.Path;

import org.cpecwatch.app.data.DataFolder;
import org.cpecwatch.ingest.IngestConfig;
import org.cpecwatch.sink.db.Database;
import picocli.CommandLine.Option;

/** Where the pipeline keeps its files; shared by every command that touches them. */
final class Locations {

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "./data",
            description = "Data folder: broker logs, archive, failed files, database (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--inbox", paramLabel = "DIR", defaultValue = "./inbox",
            description = "Folder watched for article files (default: ${DEFAULT-VALUE}).")
    Path inbox;

    static final String DB_ENVIRONMENT = "CPECWATCH_DB_URL";

    @Option(names = "--db", paramLabel = "URL", defaultValue = "${env:" + DB_ENVIRONMENT + "}",
            description = "Database: a SQLite file path, jdbc:sqlite:PATH or jdbc:postgresql://HOST:PORT/DB"
                    + " (default: the environment variable " + DB_ENVIRONMENT + ", else the one the last run on --data"
                    + " used, else <data>/cpecwatch.db).")
    String db;

    @Option(names = "--db-password-file", paramLabel = "FILE",
            description = "File holding the database password (first line); else the environment variable "
                    + "CPECWATCH_DB_PASSWORD. Never give a password on the command line: every local user can read it.")
    Path dbPasswordFile;

    DataFolder dataFolder() {
        return new DataFolder(data);
    }

    /**
     * Where ingest reads and puts files. The inbox and the data folder must not nest: ingest would take the
     * pipeline's own files (its ledger, the database, the archive) for articles and move them away.
     */
    IngestConfig ingestConfig() {
        DataFolder data = dataFolder();
        Path inboxFolder = inbox.toAbsolutePath().normalize();
        if (data.contains(inboxFolder)) {
            throw new UserError("the inbox " + inboxFolder + " is inside the data folder " + data.root()
                    + "; ingest would take the pipeline's own files for articles: give an --inbox outside --data");
        }
        if (data.isInside(inboxFolder)) {
            throw new UserError("the data folder " + data.root() + " is inside the inbox " + inboxFolder
                    + "; ingest would take the pipeline's own files for articles: give a --data outside --inbox");
        }
        return IngestConfig.of(inboxFolder, data.ingestFolders());
    }

    /** For readers: --db, else the database the last run on this data folder wrote to, else the SQLite default. */
    Database database() {
        return open(db != null ? db : dataFolder().rememberedDatabase().orElse(null));
    }

    /** For writers: --db, else the SQLite default; a writer never follows another run's choice silently. */
    Database databaseToWrite() {
        return open(db);
    }

    private Database open(String location) {
        if (location == null) {
            return Database.sqlite(dataFolder().database());
        }
        Database database;
        try {
            database = Database.of(location);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        return DatabasePassword.of(dbPasswordFile, System.getenv()).map(database::withPassword).orElse(database);
    }
}
