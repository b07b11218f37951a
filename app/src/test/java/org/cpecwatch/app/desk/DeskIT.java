package org.cpecwatch.app.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.cpecwatch.app.cli.ChildProcess;
import org.cpecwatch.testkit.Seeds;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The analyst's desk as an analyst opens it: {@code cpecwatch run --web} in its own JVM, the seeds and real dev
 * articles dropped into its inbox and carried through the real pipeline into SQLite, and the page in headless
 * Chromium. What is asserted is what a person sees.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeskIT {

    private static final Duration START = Duration.ofSeconds(120);
    private static final Duration WORK = Duration.ofSeconds(120);
    private static final Duration SEE = Duration.ofSeconds(20);
    private static final Path DEV = Path.of(System.getProperty("dev.corpus", "../../shared/corpus/dev"));
    private static final int DEV_ARTICLES = 30;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path work;

    private ChildProcess run;
    private String desk;
    private Browser browser;

    @BeforeAll
    void runThePipelineWithTheDesk() throws Exception {
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        run = ChildProcess.start(work, Map.of("CPECWATCH_BOOTSTRAP_SERVERS", "", "CPECWATCH_KAFKA_CONFIG", ""),
                "run", "--web", "127.0.0.1:0");
        run.awaitLine(START, line -> line.startsWith("ready in "));
        desk = run.out().stream().filter(line -> line.startsWith("desk on ")).findFirst().orElseThrow()
                .substring("desk on ".length()).strip();
        Seeds.copyTo(inbox);
        List<Path> dev = devArticles();
        for (Path article : dev) {
            Files.copy(article, inbox.resolve(article.getFileName()));
        }
        int expected = Seeds.names().size() + dev.size();
        run.awaitLine(WORK, line -> run.count(l -> l.startsWith("stored ")) >= expected);
    }

    @AfterAll
    void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (run != null) {
            run.terminate(WORK);
            run.close();
        }
    }

    // --- the API, as a script would use it -------------------------------------------------------------------------

    @Test
    @Order(1)
    void shouldAnswerTheSameArticleRowsAsQueryDoes() throws Exception {
        JsonNode api = get("/api/articles?label=RELEVANT&limit=500").get("articles");
        List<JsonNode> cli = new ArrayList<>();
        try (ChildProcess query = ChildProcess.start(work, "query", "--relevant", "--limit", "500", "--format", "json")) {
            assertEquals(0, query.awaitExit(WORK), query.err());
            for (String line : query.out()) {
                cli.add(JSON.readTree(line));
            }
        }
        assertTrue(api.size() >= 5, api.toString());
        assertEquals(cli.size(), api.size());
        for (int i = 0; i < cli.size(); i++) {
            assertEquals(cli.get(i), api.get(i), "row " + i + " field for field");
        }
    }

    @Test
    @Order(1)
    void shouldAnswerTheSameIncidentAndWeekRowsAsTheirCommandsDo() throws Exception {
        assertEquals(cliRows("incidents", "--limit", "2000", "--format", "json"),
                rows(get("/api/incidents?limit=2000").get("incidents")));
        assertEquals(cliRows("weeks", "--format", "json"), rows(get("/api/weeks").get("weeks")));
    }

    private List<JsonNode> cliRows(String... args) throws Exception {
        List<JsonNode> rows = new ArrayList<>();
        try (ChildProcess command = ChildProcess.start(work, args)) {
            assertEquals(0, command.awaitExit(WORK), command.err());
            for (String line : command.out()) {
                rows.add(JSON.readTree(line));
            }
        }
        assertFalse(rows.isEmpty(), String.join(" ", args));
        return rows;
    }

    private static List<JsonNode> rows(JsonNode array) {
        List<JsonNode> rows = new ArrayList<>();
        array.forEach(rows::add);
        return rows;
    }

    @Test
    @Order(1)
    void shouldAnswerOnlyToItsOwnNameAndGuardThePageWithAContentSecurityPolicy() throws Exception {
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(desk + "desk/index.html")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(policy.contains("script-src 'self'") && policy.contains("object-src 'none'"), policy);
        // A rebound name (DNS rebinding) reaches 127.0.0.1 with a foreign Host; the desk refuses it.
        URI uri = URI.create(desk);
        try (java.net.Socket socket = new java.net.Socket(uri.getHost(), uri.getPort())) {
            socket.getOutputStream().write(("GET /api/status HTTP/1.1\r\nHost: evil.example:" + uri.getPort()
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String status = new String(socket.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).lines()
                    .findFirst().orElse("");
            assertTrue(status.contains(" 421 "), status);
        }
    }

    @Test
    @Order(1)
    void shouldPlaceTheKarachiAirportAndUniversityIncidentsOnTheMap() throws Exception {
        List<JsonNode> karachi = karachiIncidents();
        assertTrue(karachi.stream().anyMatch(i -> i.get("place").asText().contains("Airport")), karachi.toString());
        assertTrue(karachi.stream().anyMatch(i -> i.get("place").asText().contains("University")), karachi.toString());
    }

    @Test
    @Order(1)
    void shouldRefuseWritesOtherOriginsAndBadParameters() throws Exception {
        HttpResponse<String> post = HTTP.send(HttpRequest.newBuilder(URI.create(desk + "api/articles"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, post.statusCode());
        HttpResponse<String> cors = HTTP.send(HttpRequest.newBuilder(URI.create(desk + "api/articles"))
                .header("Origin", "https://evil.example").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, cors.statusCode());
        assertTrue(cors.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), "no CORS");
        assertTrue(cors.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));
        HttpResponse<String> bad = HTTP.send(HttpRequest.newBuilder(URI.create(desk + "api/articles?from=yesterday"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("from must be a day as YYYY-MM-DD"), bad.body());
    }

    // --- the page, as a person sees it -----------------------------------------------------------------------------

    @Test
    @Order(2)
    void shouldShowTheKarachiIncidentsOnTheMapAndTheirWeeksOnTheTimeline() throws Exception {
        requireBrowser();
        open("");
        for (JsonNode incident : karachiIncidents()) {
            String id = incident.get("id").asText();
            WebElement marker = browser.await(SEE, d -> d.findElements(
                    By.cssSelector("#map .incident-marker[data-id='" + id + "']")).stream().findFirst().orElse(null));
            assertTrue(marker.isDisplayed(), id);
        }
        Set<String> weeks = new HashSet<>();
        for (JsonNode week : get("/api/weeks?province=Sindh").get("weeks")) {
            if (week.get("incidents").asLong() > 0) {
                weeks.add(week.get("weekStart").asText());
            }
        }
        assertFalse(weeks.isEmpty(), "the statistics count Sindh's incidents");
        browser.await(SEE, d -> !d.findElements(By.cssSelector("#timeline rect.week-bar")).isEmpty());
        // Per province on demand, kept in the URL like every other choice.
        new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("timeline-province")))
                .selectByValue("Sindh");
        browser.await(SEE, d -> d.getCurrentUrl().contains("weeks=Sindh"));
        for (String week : weeks) {
            // Every week between the first and the last has a bar; Sindh's incident weeks must show their incidents.
            browser.await(SEE, d -> Integer.parseInt(d.findElement(By.cssSelector(
                    "#timeline rect.week-bar[data-week='" + week + "']")).getAttribute("data-incidents")) > 0);
        }
        browser.screenshot("desk-map-timeline");
    }

    @Test
    @Order(2)
    void shouldFindAnArticleByFullTextSearchAndHighlightItsEvidenceInTheReader() throws Exception {
        requireBrowser();
        open("");
        WebElement search = browser.await(SEE, d -> d.findElement(By.id("search")));
        search.clear();
        search.sendKeys("Dasu", Keys.ENTER);
        // The search is in the URL once it is applied, so the view can be shared.
        browser.await(SEE, d -> d.getCurrentUrl().contains("q=Dasu"));
        JsonNode found = get("/api/articles?q=Dasu").get("articles");
        assertTrue(found.size() > 0 && found.size() < 5 + DEV_ARTICLES, found.toString());
        String id = found.get(0).get("id").asText();
        // The page lists what the search finds, and nothing else.
        browser.await(SEE, d -> d.findElements(By.cssSelector("#results li.article-row")).size() == found.size()
                && id.equals(d.findElements(By.cssSelector("#results li.article-row")).get(0).getAttribute("data-id")));
        browser.await(SEE, d -> {
            d.findElement(By.cssSelector("#results li.article-row[data-id='" + id + "']")).click();
            return true;
        });
        WebElement mark = browser.await(SEE, d -> d.findElements(By.cssSelector("#reader-text mark.evidence")).stream()
                .findFirst().orElse(null));
        JsonNode article = get("/api/articles/" + id).get("article");
        Set<String> spans = new HashSet<>();
        article.at("/relevance/reasons").forEach(reason -> reason.get("evidence").forEach(s -> spans.add(s.get("text").asText())));
        article.get("categories").forEach(c -> c.get("evidence").forEach(s -> spans.add(s.get("text").asText())));
        assertTrue(spans.stream().anyMatch(span -> mark.getText().contains(span) || span.contains(mark.getText())),
                "highlighted '" + mark.getText() + "' is evidence " + spans);
        assertEquals(article.at("/relevance/label").asText(), browser.driver.findElement(By.id("reader-label")).getText());
        browser.screenshot("desk-reader");
    }

    @Test
    @Order(2)
    void shouldOpenAnIncidentClickedOnTheMapInTheRegisterWithItsReports() throws Exception {
        requireBrowser();
        open("");
        JsonNode airport = karachiIncidents().stream().filter(i -> i.get("place").asText().contains("Airport"))
                .findFirst().orElseThrow();
        String id = airport.get("id").asText();
        // A real pointer click: it must hit this marker, not a neighbour drawn over it.
        browser.await(SEE, d -> {
            new Actions(d).moveToElement(d.findElement(By.cssSelector("#map .incident-marker[data-id='" + id + "']")))
                    .click().perform();
            return true;
        });
        browser.await(SEE, d -> d.getCurrentUrl().contains("incident=" + id));
        WebElement row = browser.await(SEE, d -> d.findElement(By.cssSelector("#register tr.incident-row.selected")));
        assertEquals(id, row.getAttribute("data-id"));
        int reports = get("/api/incidents/" + id).get("reports").size();
        assertTrue(reports > 0);
        browser.await(SEE, d -> d.findElements(By.cssSelector("#incident-reports li")).size() == reports);
    }

    @Test
    @Order(2)
    void shouldFilterMapAndRegisterToTheDateRangeInTheUrl() throws Exception {
        requireBrowser();
        // The month of the airport attack, whatever precision the reports gave its date.
        String date = karachiIncidents().stream().filter(i -> i.get("place").asText().contains("Airport"))
                .map(i -> i.get("date").asText("")).filter(d -> d.length() >= 7).findFirst().orElseThrow();
        java.time.YearMonth month = java.time.YearMonth.parse(date.substring(0, 7));
        String range = "from=" + month.atDay(1) + "&to=" + month.atEndOfMonth();
        int inRange = get("/api/incidents?" + range + "&limit=2000").get("incidents").size();
        assertTrue(inRange > 0, range + " holds the airport attack dated " + date);
        // No article is dated then (undated ones count by the day they were read), so wait for the register only.
        browser.driver.get(desk + "desk/index.html?" + range);
        browser.await(SEE, d -> d.findElements(By.cssSelector("#register tr.incident-row")).size() == inRange);
        assertEquals(month.atDay(1).toString(), browser.driver.findElement(By.id("from")).getAttribute("value"));
        int total = get("/api/incidents?limit=2000").get("incidents").size();
        assertTrue(inRange < total, "the range leaves incidents out");
    }

    @Test
    @Order(2)
    void shouldFilterTheRegisterToTheWeeksDraggedAcrossOnTheTimeline() throws Exception {
        requireBrowser();
        open("");
        int total = get("/api/incidents?limit=2000").get("incidents").size();
        browser.await(SEE, d -> d.findElements(By.cssSelector("#register tr.incident-row")).size() == total);
        // Drag across the left half: the older weeks, where the seeds' incidents are.
        browser.await(SEE, d -> {
            WebElement timeline = d.findElement(By.cssSelector("#timeline svg"));
            int width = timeline.getSize().getWidth();
            new Actions(d).moveToElement(timeline, -width / 2 + 40, 0).clickAndHold()
                    .moveByOffset(width / 2 - 60, 0).release().perform();
            return true;
        });
        browser.await(SEE, d -> d.getCurrentUrl().contains("from=") && d.getCurrentUrl().contains("to="));
        String url = browser.driver.getCurrentUrl();
        String from = url.replaceAll(".*[?&]from=([0-9-]+).*", "$1");
        String to = url.replaceAll(".*[?&]to=([0-9-]+).*", "$1");
        int inRange = get("/api/incidents?from=" + from + "&to=" + to + "&limit=2000").get("incidents").size();
        browser.await(SEE, d -> d.findElements(By.cssSelector("#register tr.incident-row")).size() == inRange);
        assertTrue(inRange < total, "the brushed range " + from + ".." + to + " leaves incidents out");
        assertEquals(from, browser.driver.findElement(By.id("from")).getAttribute("value"));
    }

    @Test
    @Order(4)
    void shouldSaySoWhenTheDatabaseIsMissing() throws Exception {
        requireBrowser();
        Path nothing = Files.createDirectories(work.resolve("no-data"));
        try (ChildProcess serve = ChildProcess.start(work, "serve", "--web", "127.0.0.1:0", "--data", nothing.toString())) {
            serve.awaitLine(START, line -> line.startsWith("desk on "));
            String url = serve.out().get(0).substring("desk on ".length(), serve.out().get(0).indexOf(' ', "desk on ".length()));
            browser.driver.get(url);
            WebElement message = browser.await(SEE, d -> {
                WebElement m = d.findElement(By.id("empty-message"));
                return m.isDisplayed() ? m : null;
            });
            assertTrue(message.getText().contains("No database to read"), message.getText());
            serve.terminate(WORK);
        }
    }

    @Test
    @Order(3)
    void shouldShowANewArticleLiveAndNeverRunTheMarkupItCarries() throws Exception {
        requireBrowser();
        open("");
        browser.await(SEE, d -> d.findElement(By.id("live-status")).getText().contains("live"));
        JavascriptExecutor js = (JavascriptExecutor) browser.driver;
        // Markup parsed from article text would try its inline handlers, which the policy refuses: count refusals.
        js.executeScript("window.__refused = 0; document.addEventListener('securitypolicyviolation',"
                + " () => { window.__refused++; });");
        String title = "<script>window.__xss=1</script> Chinese engineers' convoy attacked near Gwadar"
                + " <img src=x onerror=\"window.__xss=2\">";
        Files.writeString(work.resolve("inbox").resolve("hostile.txt"), title + "\n\n"
                + "GWADAR: Militants attacked a convoy carrying Chinese engineers near Gwadar port on Monday, officials"
                + " said. <img src=x onerror=\"window.__xss=3\"> <svg onload=\"window.__xss=4\"></svg>"
                + " Two security guards were injured in the attack.\n", StandardCharsets.UTF_8);
        List<String> live = browser.await(WORK, d -> d.findElements(By.cssSelector("#results li.article-row.live-new"))
                .stream().filter(row -> row.getText().contains("Chinese engineers' convoy"))
                .map(row -> List.of(row.getAttribute("data-id"), row.getText())).findFirst().orElse(null));
        assertTrue(live.get(1).contains("<script>"), "markup shown as text: " + live.get(1));
        browser.await(SEE, d -> {
            d.findElement(By.cssSelector("#results li.article-row[data-id='" + live.get(0) + "']")).click();
            return true;
        });
        browser.await(SEE, d -> d.findElement(By.id("reader-text")).getText().contains("onerror"));
        assertNull(js.executeScript("return window.__xss === undefined ? null : window.__xss;"), "no payload ran");
        assertEquals(0L, js.executeScript("return window.__refused;"), "no inline handler was even attempted");
        assertEquals(0L, js.executeScript("return document.querySelectorAll('[onerror], [onload], script:not([src]),"
                + " #results svg, #results img, #reader svg, #reader img, #register img, #register svg').length;"),
                "no element made from article text anywhere on the page");
        browser.screenshot("desk-live-hostile");
    }

    private void open(String query) {
        browser.driver.get(desk + (query.isEmpty() ? "" : "desk/index.html?" + query));
        browser.await(SEE, d -> !d.findElements(By.cssSelector("#results li.article-row")).isEmpty());
    }

    private void requireBrowser() {
        if (browser == null) {
            browser = Browser.start();
        }
    }

    private List<JsonNode> karachiIncidents() throws Exception {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode incident : get("/api/incidents?limit=2000").get("incidents")) {
            JsonNode lat = incident.get("lat");
            JsonNode lon = incident.get("lon");
            boolean nearKarachi = lat != null && !lat.isNull() && Math.abs(lat.asDouble() - 24.9) < 0.3
                    && Math.abs(lon.asDouble() - 67.1) < 0.3;
            String place = incident.get("place").asText("");
            if (nearKarachi && (place.contains("Airport") || place.contains("University"))) {
                found.add(incident);
            }
        }
        return found;
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(desk + path.substring(1))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return JSON.readTree(response.body());
    }

    /** Relevant dev articles first, in file order: enough incidents and weeks to fill map and timeline. */
    private static List<Path> devArticles() throws IOException {
        List<String> relevant = new ArrayList<>();
        for (String line : Files.readAllLines(DEV.resolve("labels.tsv"))) {
            String[] cells = line.split("\t", -1);
            if (cells.length > 1 && cells[1].equals("1")) {
                relevant.add(cells[0]);
            }
        }
        try (Stream<String> ids = relevant.stream()) {
            return ids.limit(DEV_ARTICLES).map(id -> DEV.resolve("articles").resolve(id + ".txt")).toList();
        }
    }
}
