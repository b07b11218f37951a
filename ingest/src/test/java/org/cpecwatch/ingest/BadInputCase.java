package org.cpecwatch.ingest;

import java.io.IOException;
import java.nio.file.Path;

/**
 * One row of the bad-input table: a file written into a folder, and where ingest must put it.
 *
 * @param name     the file's name, also the case's name in the report
 * @param expected where the file must end
 * @param phrase   for {@link Outcome#FAILED}, a phrase its sidecar's reason must contain
 */
record BadInputCase(String name, Writer writer, Outcome expected, String phrase) {

    enum Outcome {
        /** In failed/, beside a sidecar whose reason holds the phrase. */
        FAILED,
        /** Archived and published under its original name. */
        ARCHIVED,
        /** Either, as long as it ended somewhere and did not hold the pipeline up. */
        SETTLED
    }

    interface Writer {
        void write(Path file) throws IOException;
    }

    static BadInputCase failed(String name, String phrase, Writer writer) {
        return new BadInputCase(name, writer, Outcome.FAILED, phrase);
    }

    static BadInputCase archived(String name, Writer writer) {
        return new BadInputCase(name, writer, Outcome.ARCHIVED, null);
    }

    static BadInputCase settled(String name, Writer writer) {
        return new BadInputCase(name, writer, Outcome.SETTLED, null);
    }

    @Override
    public String toString() {
        return name.replace("\n", "\\n");
    }
}
