package org.cpecwatch.app.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.OptionalDouble;

/** A running command's {@code --metrics} endpoints, found from its "metrics on" line and read over real HTTP. */
final class OpsEndpoint {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final URI base;

    private OpsEndpoint(URI base) {
        this.base = base;
    }

    static OpsEndpoint of(ChildProcess command) {
        String line = command.out().stream().filter(l -> l.startsWith("metrics on ")).findFirst()
                .orElseThrow(() -> new AssertionError("no metrics line in " + command.out()));
        return new OpsEndpoint(URI.create(line.substring("metrics on ".length()).replace("/metrics", "/")));
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    int status(String path) {
        try {
            return get(path).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    String scrape() throws IOException, InterruptedException {
        HttpResponse<String> response = get("metrics");
        if (response.statusCode() != 200) {
            throw new AssertionError("/metrics answered " + response.statusCode());
        }
        return response.body();
    }

    /** The value of the first sample of {@code name} whose labels include all of {@code labels} ({@code k="v"}). */
    static OptionalDouble value(String scrape, String name, String... labels) {
        return scrape.lines()
                .filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                .filter(line -> List.of(labels).stream().allMatch(line::contains))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst();
    }
}
