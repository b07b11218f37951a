package org.cpecwatch.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.cpecwatch.app.format.OutputFormat;
import org.cpecwatch.ingest.IngestConfig;
import org.cpecwatch.ingest.read.ArticleFileReader;
import org.cpecwatch.ingest.read.LineFailure;
import org.cpecwatch.ingest.read.ParsedArticle;
import org.cpecwatch.ingest.read.ReadOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Prints what ingest extracts from each file (type, charset, title, metadata, text), "
                + "with no Kafka: the same reader the inbox uses.")
final class ExtractCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PREVIEW_CHARACTERS = 300;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to read.")
    List<Path> files;

    /** JSON: one object per article, one a line. */
    @Mixin
    FormatOption output = FormatOption.offering(OutputFormat.text, OutputFormat.json);

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws JsonProcessingException {
        ArticleFileReader reader = new ArticleFileReader(IngestConfig.DEFAULT_MAX_FILE_BYTES);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int failures = 0;
        for (Path file : files) {
            ReadOutcome outcome = reader.read(file, file.getFileName().toString());
            if (outcome instanceof ReadOutcome.Articles read) {
                for (ParsedArticle article : read.articles()) {
                    out.println(output.isJson() ? JSON.writeValueAsString(toJson(file, article)) : toText(file, article));
                }
                for (LineFailure line : read.failures()) {
                    err.println(file + ", line " + line.lineNumber() + ": " + line.reason());
                    failures++;
                }
            } else {
                err.println(file + ": " + ((ReadOutcome.Unreadable) outcome).reason());
                failures++;
            }
        }
        out.flush();
        err.flush();
        return failures == 0 ? 0 : OneLineErrors.FAILED;
    }

    private static ObjectNode toJson(Path file, ParsedArticle article) {
        ObjectNode node = JSON.createObjectNode();
        node.put("file", file.toString());
        node.put("title", article.title());
        node.put("body", article.body());
        node.put("contentType", article.contentType());
        node.put("charset", article.charset());
        if (article.lineNumber() != null) {
            node.put("lineNumber", article.lineNumber());
        }
        ObjectNode metadata = node.putObject("metadata");
        article.metadata().forEach(metadata::put);
        return node;
    }

    private static String toText(Path file, ParsedArticle article) {
        StringBuilder block = new StringBuilder();
        block.append("== ").append(file);
        if (article.lineNumber() != null) {
            block.append(", line ").append(article.lineNumber());
        }
        block.append('\n').append("type: ").append(article.contentType())
                .append(article.charset() == null ? "" : ", charset " + article.charset()).append('\n');
        if (article.title() != null) {
            block.append("title: ").append(article.title()).append('\n');
        }
        article.metadata().forEach((key, value) -> block.append(key).append(": ").append(value).append('\n'));
        String body = article.body();
        block.append('\n').append(body.length() <= PREVIEW_CHARACTERS ? body
                : body.substring(0, PREVIEW_CHARACTERS) + "... (" + body.length() + " characters)").append('\n');
        return block.toString();
    }
}
