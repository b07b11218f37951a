package org.cpecwatch.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import org.cpecwatch.app.corpus.LabelledCorpus;
import picocli.CommandLine.Option;

/** A folder of labelled articles, as {@code train} and {@code evaluate} take it. */
final class LabelledCorpusOptions {

    @Option(names = "--articles", required = true, paramLabel = "DIR", description = "Folder of <id>.txt articles.")
    Path articles;

    @Option(names = "--labels", required = true, paramLabel = "FILE",
            description = "labels.tsv (id, relevant, categories; incident columns and notes where present).")
    Path labels;

    @Option(names = "--sources", paramLabel = "FILE", description = "Provenance (id and path columns) whose paths "
            + "carry each article's publication day; default: sources.tsv beside the labels, when there is one.")
    Path sources;

    LabelledCorpus.Loaded load() {
        if (!Files.isDirectory(articles)) {
            throw new UserError("no such folder: " + articles);
        }
        try {
            return LabelledCorpus.read(articles, labels, sources, Clock.systemUTC());
        } catch (IOException e) {
            throw new UserError("cannot read labelled articles: " + e.getMessage());
        }
    }
}
