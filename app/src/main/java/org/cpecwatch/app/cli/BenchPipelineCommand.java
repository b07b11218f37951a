package org.cpecwatch.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.cpecwatch.app.bench.BacklogArticles;
import org.cpecwatch.app.bench.PipelineBench;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "pipeline", mixinStandardHelpOptions = true,
        description = "Benchmark: the whole pipeline as run runs it (embedded broker in this JVM, ingest, enrich, sink "
                + "into a new SQLite file) on a backlog already in its inbox, one JSON file per article: launch to "
                + "last row, articles/s end to end, when each stage finished, CPU-seconds per article per stage, peak "
                + "RSS; then, with --feed, the drop-to-row latency of a live feed.")
final class BenchPipelineCommand implements Callable<Integer> {

    static final class Source {
        @Option(names = "--articles", paramLabel = "FILE", description = "A JSON-lines file (.gz too) of articles, "
                + "such as shared/bench-corpus/real-articles-10k.jsonl.gz.")
        Path articles;

        @Option(names = "--generate", paramLabel = "N", description = "N distinct articles recombined from the "
                + "sentences of the articles in --corpus.")
        Integer generate;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20000",
            description = "At most N articles of --articles (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "../shared/corpus/dev/articles",
            description = "Articles (title, blank line, body) that --generate recombines (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--near-copies", paramLabel = "V", defaultValue = "1",
            description = "Publish every article in V near-copy versions, as a wire service's day (default: 1, none).")
    int versions;

    @Option(names = "--feed", paramLabel = "RATE", defaultValue = "0",
            description = "After the backlog, drop RATE articles a second for --feed-seconds and report drop-to-row "
                    + "latency (default: no feed).")
    int feedRate;

    @Option(names = "--feed-seconds", paramLabel = "S", defaultValue = "30", description = "Default: ${DEFAULT-VALUE}.")
    int feedSeconds;

    @Option(names = "--restart", description = "After the backlog, stop the pipeline and start it again twice, once "
            + "with its Streams state folder and once without it (restored from the changelogs), and time each "
            + "start to the first new article stored.")
    boolean restart;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<String> feed = new ArrayList<>(feedRate * feedSeconds);
        List<String> backlog = articles(feed);
        String from = (source.articles != null ? source.articles.getFileName() : "generated from " + corpus)
                + (versions > 1 ? ", " + versions + " near-copy versions each" : "");
        new PipelineBench(new PipelineBench.Settings(feedRate, feedSeconds, restart), spec.commandLine().getOut())
                .run(backlog, feed, from);
        return 0;
    }

    /** The backlog, near-copies included; the feed's articles, taken from the end of the source, go to {@code feed}. */
    private List<String> articles(List<String> feed) throws Exception {
        int wanted = limit / Math.max(1, versions) + feedRate * feedSeconds;
        List<String> all = source.articles != null ? BacklogArticles.read(source.articles, wanted)
                : BacklogArticles.generate(corpus, source.generate / Math.max(1, versions) + feedRate * feedSeconds, 20_261_204L);
        int feedCount = Math.min(feedRate * feedSeconds, all.size() / 2);
        feed.addAll(all.subList(all.size() - feedCount, all.size()));
        List<String> distinct = all.subList(0, all.size() - feedCount);
        return versions > 1 ? BacklogArticles.nearCopies(distinct, versions, 42) : new ArrayList<>(distinct);
    }
}
