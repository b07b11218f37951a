package org.cpecwatch.enrich.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.cpecwatch.schemas.avro.Category;

/**
 * The model as a JSON file: written in one fixed order, with "\n" line ends on every platform and every double as
 * {@link Double#toString} gives it (exact, and the same on every Java 17 runtime; Java 19 changed it for a few values,
 * so a model is rebuilt bit for bit on the Java the project builds with). Read back refusing anything incomplete,
 * non-finite or edited: the version must be the digest of the content.
 */
public final class ModelFile {

    public static final String SHIPPED = "/relevance/model.json";
    private static final int FORMAT = 1;
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final ObjectWriter WRITER = JSON.writer(
            new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));

    private ModelFile() {
    }

    public static RelevanceModel shipped() {
        try (InputStream in = ModelFile.class.getResourceAsStream(SHIPPED)) {
            if (in == null) {
                throw new IllegalStateException(SHIPPED + " is missing from the enrich jar");
            }
            return read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static RelevanceModel read(Path file) throws IOException {
        return read(Files.readString(file, StandardCharsets.UTF_8));
    }

    public static void write(RelevanceModel model, Path file) throws IOException {
        Files.writeString(file, text(model), StandardCharsets.UTF_8);
    }

    public static String text(RelevanceModel model) {
        try {
            return WRITER.writeValueAsString(toJson(model)) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The model with its version: a digest of everything else it holds, so equal versions mean equal weights. */
    static RelevanceModel versioned(RelevanceModel model) {
        RelevanceModel blank = new RelevanceModel("", model.rulesetVersion(), model.trainedOn(), model.seed(),
                model.relevance(), model.categories());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text(blank).getBytes(StandardCharsets.UTF_8));
            String version = "lr-" + HexFormat.of().formatHex(digest, 0, 6);
            return new RelevanceModel(version, model.rulesetVersion(), model.trainedOn(), model.seed(),
                    model.relevance(), model.categories());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static ObjectNode toJson(RelevanceModel model) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", model.version());
        root.put("ruleset", model.rulesetVersion());
        ObjectNode trained = root.putObject("trainedOn");
        trained.put("articles", model.trainedOn().articles());
        trained.put("relevant", model.trainedOn().relevant());
        trained.put("labelsSha256", model.trainedOn().labelsSha256());
        root.put("seed", model.seed());
        classifier(root.putObject("relevance"), model.relevance());
        ObjectNode categories = root.putObject("categories");
        for (CategoryModel category : model.categories()) {
            ObjectNode node = categories.putObject(category.category().name());
            node.put("positives", category.positives());
            category.classifier().ifPresentOrElse(c -> classifier(node, c), () -> node.put("byRule", true));
        }
        return root;
    }

    private static void classifier(ObjectNode node, BinaryClassifier classifier) {
        node.put("threshold", classifier.threshold());
        node.put("penalty", classifier.lambda());
        node.put("bias", classifier.model().bias());
        ObjectNode weights = node.putObject("weights");
        classifier.model().weights().forEach(weights::put);
    }

    static RelevanceModel read(String text) throws IOException {
        JsonNode root = JSON.readTree(text);
        if (root == null || !root.isObject()) {
            throw new IOException("a model file is one JSON object");
        }
        if (required(root, "format").asInt() != FORMAT) {
            throw new IOException("model format " + root.get("format") + " is not " + FORMAT);
        }
        JsonNode trained = required(root, "trainedOn");
        List<CategoryModel> categories = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = required(root, "categories").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            Category category;
            try {
                category = Category.valueOf(entry.getKey());
            } catch (IllegalArgumentException e) {
                throw new IOException("unknown category in the model: " + entry.getKey());
            }
            JsonNode node = entry.getValue();
            Optional<BinaryClassifier> classifier = node.path("byRule").asBoolean(false)
                    ? Optional.empty() : Optional.of(classifier(node));
            categories.add(new CategoryModel(category, whole(node, "positives"), classifier));
        }
        RelevanceModel model;
        try {
            model = new RelevanceModel(required(root, "version").asText(), required(root, "ruleset").asText(),
                    new RelevanceModel.TrainingSummary(whole(trained, "articles"), whole(trained, "relevant"),
                            required(trained, "labelsSha256").asText()),
                    required(root, "seed").asLong(), classifier(required(root, "relevance")), categories);
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage());
        }
        if (!versioned(model).version().equals(model.version())) {
            throw new IOException("the model file was edited after training: its version " + model.version()
                    + " is not the digest of its content (" + versioned(model).version() + "); retrain instead");
        }
        return model;
    }

    private static BinaryClassifier classifier(JsonNode node) throws IOException {
        Map<String, Double> weights = new LinkedHashMap<>();
        JsonNode w = required(node, "weights");
        for (Iterator<Map.Entry<String, JsonNode>> it = w.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (!entry.getValue().isNumber() || !Double.isFinite(entry.getValue().asDouble())) {
                throw new IOException("weight of " + entry.getKey() + " is not a finite number");
            }
            weights.put(entry.getKey(), entry.getValue().asDouble());
        }
        double threshold = number(node, "threshold");
        if (threshold <= 0 || threshold >= 1) {
            throw new IOException("a threshold is a probability between 0 and 1, not " + threshold);
        }
        return new BinaryClassifier(new LogisticModel(number(node, "bias"), weights), threshold,
                number(node, "penalty"));
    }

    private static double number(JsonNode node, String field) throws IOException {
        JsonNode value = required(node, field);
        if (!value.isNumber() || !Double.isFinite(value.asDouble())) {
            throw new IOException("model field " + field + " is not a finite number");
        }
        return value.asDouble();
    }

    private static int whole(JsonNode node, String field) throws IOException {
        JsonNode value = required(node, field);
        if (!value.isInt() || value.asInt() < 0) {
            throw new IOException("model field " + field + " is not a whole number");
        }
        return value.asInt();
    }

    private static JsonNode required(JsonNode node, String field) throws IOException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IOException("the model file has no " + field);
        }
        return value;
    }
}
