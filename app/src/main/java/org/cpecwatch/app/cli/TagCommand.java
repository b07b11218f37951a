package org.cpecwatch.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;

import org.cpecwatch.app.format.OutputFormat;
import org.cpecwatch.enrich.ArticleEnricher;
import org.cpecwatch.ingest.IngestConfig;
import org.cpecwatch.ingest.read.ArticleFileReader;
import org.cpecwatch.ingest.read.ParsedArticle;
import org.cpecwatch.ingest.read.RawArticles;
import org.cpecwatch.ingest.read.ReadOutcome;
import org.cpecwatch.schemas.json.AvroJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "tag", mixinStandardHelpOptions = true,
        description = "Enriches files offline, with no Kafka, and prints each enriched record as one JSON line: "
                + "the same code the pipeline runs.")
final class TagCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Article files.")
    List<Path> files;

    @Mixin
    EnrichOptions enrichment;

    /** JSON only: taken so that scripts can ask every command the same way. */
    @Mixin
    FormatOption output = FormatOption.offering(OutputFormat.json);

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Clock clock = Clock.systemUTC();
        ArticleFileReader reader = new ArticleFileReader(IngestConfig.DEFAULT_MAX_FILE_BYTES);
        ArticleEnricher enricher = enrichment.enricher(clock);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int failures = 0;
        for (Path file : files) {
            String name = file.getFileName().toString();
            ReadOutcome outcome = reader.read(file, name);
            if (outcome instanceof ReadOutcome.Articles read) {
                for (ParsedArticle article : read.articles()) {
                    out.println(AvroJson.toJson(enricher.enrich(RawArticles.from(article, read.sizeBytes(), name,
                            clock.instant()))));
                }
            } else {
                err.println("cpecwatch: " + file + ": " + ((ReadOutcome.Unreadable) outcome).reason());
                failures++;
            }
        }
        out.flush();
        err.flush();
        return failures == 0 ? 0 : OneLineErrors.FAILED;
    }
}
