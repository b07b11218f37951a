package org.cpecwatch.app.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The articles of a pipeline benchmark, each a JSON object as the inbox takes it (title, body, publishedAt, url): read
 * from a JSON-lines file (gzipped or not) such as the bench corpus, or generated distinct by recombining the sentences
 * of real articles, and optionally turned into a near-copy-heavy backlog (a wire service's day: every story in many
 * versions).
 */
public final class BacklogArticles {

    private static final ObjectMapper JSON = new ObjectMapper();

    private BacklogArticles() {
    }

    /** The first {@code limit} objects of a JSON-lines file, as lines. */
    public static List<String> read(Path jsonLines, int limit) throws IOException {
        List<String> articles = new ArrayList<>();
        try (InputStream raw = Files.newInputStream(jsonLines);
             InputStream in = jsonLines.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while (articles.size() < limit && (line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    articles.add(line);
                }
            }
        }
        return articles;
    }

    /**
     * {@code count} distinct articles of 15–45 sentences, each drawn from the sentences of the real articles in
     * {@code folder} (title + blank line + body files) with a fixed seed: real-looking text, never two alike.
     */
    public static List<String> generate(Path folder, int count, long seed) throws IOException {
        List<String> titles = new ArrayList<>();
        List<String> sentences = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                String text = Files.readString(file);
                int blank = text.indexOf("\n\n");
                titles.add(blank < 0 ? text.lines().findFirst().orElse("") : text.substring(0, blank));
                for (String sentence : (blank < 0 ? text : text.substring(blank + 2)).split("(?<=[.!?])\\s+")) {
                    if (sentence.length() > 40) {
                        sentences.add(sentence.strip());
                    }
                }
            }
        }
        if (sentences.isEmpty()) {
            throw new IOException("no sentences to recombine in " + folder);
        }
        Random random = new Random(seed);
        List<String> articles = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int length = 15 + random.nextInt(31);
            StringBuilder body = new StringBuilder();
            for (int s = 0; s < length; s++) {
                body.append(sentences.get(random.nextInt(sentences.size()))).append(s % 4 == 3 ? "\n\n" : " ");
            }
            String day = String.format("20%02d-%02d-%02d", 20 + random.nextInt(6), 1 + random.nextInt(12),
                    1 + random.nextInt(28));
            articles.add(json(titles.get(random.nextInt(titles.size())) + " (" + (i + 1) + ")", body.toString().strip(),
                    day, "https://bench.invalid/generated/" + (i + 1)));
        }
        return articles;
    }

    /**
     * Each article in {@code versions} near-copies, as agencies and sites republish one wire story: another headline
     * suffix, a by-line or a footer, one sentence dropped or moved; the versions of one story follow each other.
     */
    public static List<String> nearCopies(List<String> articles, int versions, long seed) throws IOException {
        Random random = new Random(seed);
        List<String> copies = new ArrayList<>(articles.size() * versions);
        for (String article : articles) {
            ObjectNode node = (ObjectNode) JSON.readTree(article);
            String title = node.path("title").asText();
            String body = node.path("body").asText();
            for (int v = 0; v < versions; v++) {
                List<String> paragraphs = new ArrayList<>(List.of(body.split("\n\n")));
                if (paragraphs.size() > 2 && random.nextBoolean()) {
                    paragraphs.remove(1 + random.nextInt(paragraphs.size() - 1));
                }
                // Every version's text differs (the inbox archives an exact copy without sending it again).
                String byline = switch (v % 3) {
                    case 0 -> "By a staff reporter";
                    case 1 -> "Reporting by the news desk; editing by the night editor";
                    default -> "From our correspondent";
                } + String.format(Locale.ROOT, ". This story was updated at %02d:%02d.", v / 60 % 24, v % 60);
                copies.add(json(title + (v == 0 ? "" : " | version " + v), String.join("\n\n", paragraphs) + "\n\n"
                        + byline, node.path("publishedAt").asText(null), node.path("url").asText("") + "#v" + v));
            }
        }
        return copies;
    }

    private static String json(String title, String body, String day, String url) throws IOException {
        ObjectNode node = JSON.createObjectNode();
        node.put("title", title);
        node.put("body", body);
        if (day != null) {
            node.put("publishedAt", day);
        }
        node.put("url", url);
        return JSON.writeValueAsString(node);
    }
}
