package io.lede.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.lede.testing.Await;
import io.lede.testing.ChromeDriver;
import io.lede.testing.HttpClientJson;
import io.lede.testing.LedeInFelix;
import io.lede.testing.SearchCorpus;
import io.lede.testing.TestBundles;
import io.lede.testing.WebDriverSession;
import java.io.ByteArrayInputStream;
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
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The search page in a real headless Chromium, served by the real bundle in Felix with the HTTP whiteboard,
 * searching the real Elasticsearch: load, search, facet, type-ahead, related coverage, bookmarking. Every
 * number the page shows is checked against the JSON API for the same request. Screenshots of each step go to
 * {@code target/screenshots/}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SearchPageIT {
    private static final String USER = "editor";
    private static final String PASSWORD = UUID.randomUUID().toString();
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Path SCREENSHOTS = Path.of(System.getProperty("lede.screenshots", "target/screenshots"));

    private static SearchCorpus corpus;
    private static LedeInFelix lede;
    private static HttpClientJson api;
    private static String page;
    private static ChromeDriver driver;
    private static WebDriverSession browser;
    private static int corpusSize;

    @BeforeAll
    static void start() throws Exception {
        // its own corpus and Felix: everything editor-only (the default), and test 100 reconfigures access
        corpus = SearchCorpus.start("search-page", Map.of("io.lede.http", LedeInFelix.editorAccess(USER, PASSWORD)));
        lede = corpus.lede();
        page = lede.httpBaseUrl() + "/lede/";
        api = HttpClientJson.basic(lede.httpBaseUrl(), USER, PASSWORD);
        corpusSize = corpus.articles().size();
        driver = ChromeDriver.start(TestBundles.workDirectory("search-page-browser"));
        browser = driver.newSession(1366, 1000);
        browser.basicAuth(USER, PASSWORD);
    }

    /** The browser tests need the whole corpus searchable (the static-file test does not). */
    private static void awaitCorpus() {
        Await.until(Duration.ofSeconds(180), "the " + corpusSize + " fixture articles searchable through the API",
                () -> searchOrNull(Map.of()) == corpusSize);
    }

    private static int searchOrNull(Map<String, List<String>> params) {
        try {
            HttpClientJson.Answer answer = api.get("/lede/api/search", params);
            return answer.status() == 200 ? answer.body().path("total").asInt() : -1;
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            try {
                if (driver != null) {
                    driver.close();
                }
            } finally {
                if (corpus != null) {
                    corpus.close();
                }
            }
        }
    }

    @Test
    @Order(10)
    void staticFilesAreServedWithTypesCachingAndNoWayOut() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String auth = "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));

        HttpResponse<byte[]> anonymous = http.send(HttpRequest.newBuilder(URI.create(page)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(401, anonymous.statusCode(), "the page is for editors by default");
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic realm=\"Lede\""));

        HttpResponse<byte[]> html = http.send(HttpRequest.newBuilder(URI.create(page)).header("Authorization", auth).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, html.statusCode());
        assertEquals("text/html;charset=utf-8", html.headers().firstValue("Content-Type").orElse("").replace(" ", "").toLowerCase());
        assertTrue(new String(html.body(), StandardCharsets.UTF_8).contains("<script src=\"lede.js\""));
        assertTrue(html.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'none'"));
        assertEquals("nosniff", html.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("no-cache", html.headers().firstValue("Cache-Control").orElse(""));
        String etag = html.headers().firstValue("ETag").orElseThrow();

        HttpResponse<byte[]> again = http.send(HttpRequest.newBuilder(URI.create(page)).header("Authorization", auth)
                .header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(304, again.statusCode(), "revalidation with the ETag");
        assertEquals(0, again.body().length);

        HttpResponse<byte[]> js = http.send(HttpRequest.newBuilder(URI.create(page + "lede.js")).header("Authorization", auth)
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, js.statusCode());
        assertTrue(js.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
        assertEquals("gzip", js.headers().firstValue("Content-Encoding").orElse(""));
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(js.body()))) {
            assertTrue(new String(in.readAllBytes(), StandardCharsets.UTF_8).contains("appendHighlighted"));
        }
        System.out.printf("search page: lede.js %d bytes gzip%n", js.body().length);
        HttpResponse<byte[]> css = http.send(HttpRequest.newBuilder(URI.create(page + "lede.css")).header("Authorization", auth)
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertTrue(css.headers().firstValue("Content-Type").orElse("").startsWith("text/css"));

        HttpResponse<byte[]> bare = http.send(HttpRequest.newBuilder(URI.create(page.substring(0, page.length() - 1)))
                .header("Authorization", auth).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertTrue(bare.statusCode() == 301 || bare.statusCode() == 302, "/lede redirects: " + bare.statusCode());
        assertTrue(bare.headers().firstValue("Location").orElse("").endsWith("/lede/"));

        for (String path : List.of("page/", "index.htm", "lede.js/", "..%2fio/lede/http/PageResources.class",
                "%2e%2e/%2e%2e/META-INF/MANIFEST.MF", "META-INF/MANIFEST.MF", "io/lede/http/page/lede.js", "lede.JS")) {
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(page + path)).header("Authorization", auth)
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
            assertTrue(r.statusCode() == 404 || r.statusCode() == 400, path + " -> " + r.statusCode());
        }
    }

    @Test
    @Order(20)
    void loadsWithEveryArticleAndItsFacets() {
        awaitCorpus();
        browser.open(page);
        awaitSearchRendered();
        shoot("01-loaded");
        JsonNode expected = search(Map.of());
        assertEquals(expected.path("total").asInt(), shownTotal());
        assertEquals(ids(expected), browser.attributes("#result-list > li", "data-id"));
        assertEquals(labelsOf(expected.path("facets").path("topics")), browser.texts("#facet-topics .tree > li > .facet-row .facet-value .name"));
        assertEquals(countsOf(expected.path("facets").path("languages")), browser.texts("#facet-languages .facet-value .count"));
        assertEquals(expected.path("facets").path("dates").size(), browser.attributes("#facet-dates .histogram button", "aria-label").size());
        assertTrue(browser.texts("#status").get(0).contains(expected.path("total").asText()), "the count is announced");
        JsonNode timing = browser.script("var n = performance.getEntriesByType('navigation')[0];"
                + " return [n.domContentLoadedEventEnd, performance.getEntriesByName('lede:first-results')[0].startTime];");
        System.out.printf("search page: DOMContentLoaded %.0f ms, first results %.0f ms after navigation start (%d articles)%n",
                timing.path(0).asDouble(), timing.path(1).asDouble(), corpusSize);
    }

    @Test
    @Order(25)
    void pagesThroughTheResults() {
        JsonNode second = search(Map.of("page", List.of("2")));
        int pages = (int) Math.ceil(second.path("total").asInt() / 10.0);
        assertTrue(pages > 1, "the corpus fills more than one page");
        assertFalse(browser.exists("#pager[hidden]"), "the pager is shown");
        String before = requested();
        browser.click("#next");
        awaitSearchRenderedAfter(before);
        assertTrue(browser.currentUrl().contains("page=2"), browser.currentUrl());
        assertEquals(ids(second), browser.attributes("#result-list > li", "data-id"));
        assertEquals("Page 2 of " + pages, browser.texts("#page-of").get(0));
        assertEquals("results-heading", browser.script("return document.activeElement.id;").asText(), "focus goes to the results");
        before = requested();
        browser.click("#prev");
        awaitSearchRenderedAfter(before);
        assertEquals(ids(search(Map.of())), browser.attributes("#result-list > li", "data-id"));
        assertEquals(List.of("true"), browser.attributes("#prev", "disabled").stream().map(d -> String.valueOf(d != null)).toList());
    }

    @Test
    @Order(30)
    void searchingChangesResultsAndTheAddress() {
        browser.clear("#q");
        String before = browser.script("return document.getElementById('main').dataset.requested;").asText();
        browser.type("#q", "Putin" + WebDriverSession.ENTER);
        awaitSearchRenderedAfter(before);
        shoot("02-search-putin");
        JsonNode expected = search(Map.of("q", List.of("Putin")));
        assertTrue(expected.path("total").asInt() > 0 && expected.path("total").asInt() < corpusSize,
                "a query that narrows the corpus: " + expected.path("total"));
        assertEquals(expected.path("total").asInt(), shownTotal());
        assertEquals(ids(expected), browser.attributes("#result-list > li", "data-id"));
        assertTrue(browser.currentUrl().contains("q=Putin"), browser.currentUrl());
        assertFalse(browser.texts("#result-list mark").isEmpty(), "highlighted terms are shown as <mark>");
        for (String mark : browser.texts("#result-list mark")) {
            assertTrue(mark.toLowerCase().startsWith("putin"), "only query terms are marked: " + mark);
        }
        assertFalse(browser.exists("#result-list script, #result-list img, #result-list [onerror]"));
    }

    @Test
    @Order(40)
    void clickingAFacetFiltersCountsAndResults() {
        JsonNode unfiltered = search(Map.of("q", List.of("Putin")));
        JsonNode language = unfiltered.path("facets").path("languages").path(0);
        String value = language.path("value").asText();
        assertFalse(value.isEmpty(), "a language facet to click");
        String before = requested();
        browser.click("#facet-languages .facet-value[data-value='" + value + "']");
        awaitSearchRenderedAfter(before);
        shoot("03-facet-language-" + value);

        JsonNode expected = search(Map.of("q", List.of("Putin"), "language", List.of(value)));
        assertEquals(language.path("count").asInt(), expected.path("total").asInt(), "the facet count is the filtered total");
        assertEquals(expected.path("total").asInt(), shownTotal());
        assertNotEquals(unfiltered.path("total").asInt(), shownTotal(), "the count changed");
        assertEquals(ids(expected), browser.attributes("#result-list > li", "data-id"));
        assertEquals(List.of("true"), browser.attributes("#facet-languages .facet-value[data-value='" + value + "']", "aria-pressed"));
        assertEquals(List.of(value), browser.attributes("#chips .chip[data-kind='language']", "data-value"));
        assertEquals(countsOf(expected.path("facets").path("languages")), browser.texts("#facet-languages .facet-value .count"));
        assertTrue(browser.focused().contains("[language:" + value + "]"), "focus stays on the facet: " + browser.focused());
        assertTrue(browser.currentUrl().contains("language=" + value), browser.currentUrl());

        before = requested();
        browser.click("#chips .chip[data-kind='language']");
        awaitSearchRenderedAfter(before);
        assertEquals(unfiltered.path("total").asInt(), shownTotal(), "removing the chip restores the results");
        assertTrue(browser.texts("#chips .chip").isEmpty());
    }

    @Test
    @Order(45)
    void topicTreeDrillsDownToLevelTwo() {
        JsonNode unfiltered = search(Map.of("q", List.of("Putin")));
        JsonNode parent = null;
        for (JsonNode t : unfiltered.path("facets").path("topics")) {
            if (t.path("children").size() > 0) {
                parent = t;
                break;
            }
        }
        assertTrue(parent != null, "a level-1 topic with subtopics: " + unfiltered.path("facets").path("topics"));
        String code = parent.path("code").asText();
        JsonNode child = parent.path("children").path(0);
        String childSelector = "#facet-topics .facet-value[data-value='" + child.path("code").asText() + "']";
        assertEquals(0, browser.script("var b = document.querySelector(arguments[0]); return b && b.offsetParent ? 1 : 0;",
                childSelector).asInt(), "subtopics start folded");
        browser.click("#facet-topics .toggle[data-focus-key='toggle:" + code + "']");
        assertEquals(List.of("true"), browser.attributes("#facet-topics .toggle[data-focus-key='toggle:" + code + "']", "aria-expanded"));
        assertEquals(List.of(child.path("count").asText()), browser.texts(childSelector + " .count"));
        String before = requested();
        browser.click(childSelector);
        awaitSearchRenderedAfter(before);
        shoot("035-topic-level-2");
        JsonNode expected = search(Map.of("q", List.of("Putin"), "topic", List.of(child.path("code").asText())));
        assertEquals(child.path("count").asInt(), expected.path("total").asInt());
        assertEquals(expected.path("total").asInt(), shownTotal());
        assertEquals(List.of(child.path("label").asText()), browser.texts("#chips .chip[data-kind='topic'] .value"));
        before = requested();
        browser.click("#chips .chip[data-kind='topic']");
        awaitSearchRenderedAfter(before);
        assertEquals(unfiltered.path("total").asInt(), shownTotal());
    }

    @Test
    @Order(47)
    void aHistogramBarFiltersToItsDates() {
        JsonNode unfiltered = search(Map.of("q", List.of("Putin")));
        JsonNode bucket = null;
        for (JsonNode d : unfiltered.path("facets").path("dates")) {
            if (d.path("count").asInt() > 0) {
                bucket = d;
                break;
            }
        }
        assertTrue(bucket != null, "a day with articles: " + unfiltered.path("facets").path("dates"));
        String date = bucket.path("date").asText();
        String before = requested();
        browser.click("#facet-dates .histogram button[data-focus-key='date:" + date + "']");
        awaitSearchRenderedAfter(before);
        assertEquals(List.of(date), browser.attributes("#chips .chip[data-kind='from']", "data-value"));
        String to = browser.attributes("#chips .chip[data-kind='to']", "data-value").get(0);
        JsonNode expected = search(Map.of("q", List.of("Putin"), "from", List.of(date), "to", List.of(to)));
        assertEquals(expected.path("total").asInt(), shownTotal());
        assertEquals(ids(expected), browser.attributes("#result-list > li", "data-id"));
        assertEquals(date, browser.script("return document.getElementById('from').value;").asText(), "the date form follows");
        // the bar is far down the sidebar; chromedriver would click the chips where the sticky header covers them
        browser.script("window.scrollTo(0, 0);");
        before = requested();
        browser.click("#chips .chip.clear");
        awaitSearchRenderedAfter(before);
        assertEquals(unfiltered.path("total").asInt(), shownTotal(), "Clear all");
    }

    @Test
    @Order(50)
    void relatedCoverageForTheSelectedArticle() {
        List<String> shown = browser.attributes("#result-list > li", "data-id");
        String id = shown.get(0);
        browser.click("#result-list > li[data-id='" + id + "'] .related-button");
        Await.until(WAIT, "related coverage of " + id, () -> id.equals(
                browser.script("return document.getElementById('related').dataset.loaded || '';").asText()));
        shoot("04-related-" + id);

        JsonNode expected = related(id);
        List<String> expectedIds = new ArrayList<>();
        expected.path("results").forEach(r -> expectedIds.add(r.path("id").asText()));
        assertFalse(expectedIds.isEmpty(), "the corpus has related coverage for " + id);
        assertEquals(expectedIds, browser.attributes("#related-list > li", "data-id"));
        assertFalse(expectedIds.contains(id), "never the article itself");
        List<String> why = browser.texts("#related-list > li .why .tag");
        JsonNode firstWhy = expected.path("results").path(0).path("why");
        String firstShared = firstWhy.path("entities").size() > 0 ? firstWhy.path("entities").path(0).path("label").asText()
                : firstWhy.path("topics").path(0).path("label").asText();
        assertTrue(why.contains(firstShared), "the why of the first related article (" + firstShared + ") in " + why);
        assertEquals(List.of("true"), browser.attributes("#result-list > li[data-id='" + id + "'] .related-button", "aria-expanded"));
        assertTrue(browser.currentUrl().contains("article="), "the selected article is bookmarkable");
        assertEquals("related-heading", browser.script("return document.activeElement.id;").asText(), "focus moves to the panel");

        browser.type("#related-heading", WebDriverSession.ESCAPE);
        assertTrue(browser.exists("#related[hidden]"), "Escape closes the panel");
        assertTrue(browser.focused().contains("[related:" + id + "]"), "focus returns to the article: " + browser.focused());
        assertFalse(browser.currentUrl().contains("article="), browser.currentUrl());
    }

    @Test
    @Order(60)
    void typeAheadAddsAnEntityFilter() {
        JsonNode suggestion = api("/lede/api/entities", Map.of("prefix", List.of("Pouti"), "ui", List.of("en"))).path("results").path(0);
        String entityId = suggestion.path("id").asText();
        assertFalse(entityId.isEmpty(), "the API suggests an entity for 'Pouti'");
        browser.clear("#q");
        browser.type("#q", "Pouti");
        Await.until(WAIT, "suggestions shown", () -> browser.attributes("#suggestions [role=option]", "data-id").contains(entityId));
        shoot("05-type-ahead");
        assertEquals("true", browser.attributes("#q", "aria-expanded").get(0));
        String before = requested();
        browser.type("#q", WebDriverSession.ARROW_DOWN + WebDriverSession.ENTER);
        awaitSearchRenderedAfter(before);
        shoot("06-entity-filter");
        assertEquals(List.of(entityId), browser.attributes("#chips .chip[data-kind='entity']", "data-value"));
        JsonNode expected = search(Map.of("entity", List.of(entityId)));
        assertEquals(expected.path("total").asInt(), shownTotal());
        assertEquals(ids(expected), browser.attributes("#result-list > li", "data-id"));
    }

    @Test
    @Order(70)
    void sortingLabelsAndBookmarks() {
        String before = requested();
        browser.click("#sort-date");
        awaitSearchRenderedAfter(before);
        String url = browser.currentUrl();
        assertTrue(url.contains("sort=date"), url);
        String entity = browser.attributes("#chips .chip[data-kind='entity']", "data-value").get(0);
        JsonNode byDate = search(Map.of("entity", List.of(entity), "sort", List.of("date")));
        assertEquals(ids(byDate), browser.attributes("#result-list > li", "data-id"));

        before = requested();
        browser.click("#ui option[value='fr']");
        awaitSearchRenderedAfter(before);
        shoot("07-ui-fr");
        JsonNode french = search(Map.of("entity", List.of(entity), "sort", List.of("date"), "ui", List.of("fr")));
        assertEquals(labelsOf(french.path("facets").path("topics")), browser.texts("#facet-topics .tree > li > .facet-row .facet-value .name"));
        assertEquals("Thèmes", browser.texts("#facet-topics h3").get(0), "the page's own labels follow the UI language");
        assertEquals("fr", browser.script("return document.documentElement.lang;").asText());

        String bookmark = browser.currentUrl();
        browser.open("about:blank");
        browser.open(bookmark);
        awaitSearchRendered();
        shoot("08-bookmark");
        assertEquals(french.path("total").asInt(), shownTotal());
        assertEquals(ids(french), browser.attributes("#result-list > li", "data-id"));
        assertEquals(List.of(entity), browser.attributes("#chips .chip[data-kind='entity']", "data-value"));
        assertEquals("true", browser.attributes("#sort-date", "aria-pressed").get(0));

        before = requested();
        browser.click("#sort-relevance");
        awaitSearchRenderedAfter(before);
        assertFalse(browser.currentUrl().contains("sort=date"), browser.currentUrl());
        before = requested();
        browser.back();
        awaitSearchRenderedAfter(before);
        assertTrue(browser.currentUrl().contains("sort=date"), "Back returns to the previous search: " + browser.currentUrl());
        assertEquals("true", browser.attributes("#sort-date", "aria-pressed").get(0));
        assertEquals(ids(french), browser.attributes("#result-list > li", "data-id"));
    }

    @Test
    @Order(80)
    void narrowScreens() {
        browser.resize(414, 900);
        browser.open(page + "?q=Putin");
        awaitSearchRendered();
        shoot("09-phone");
        Number width = browser.script("return document.documentElement.scrollWidth;").numberValue();
        assertTrue(width.intValue() <= 414, "no horizontal scrolling on a phone: " + width);
        browser.resize(1366, 1000);
    }

    @Test
    @Order(90)
    void aBadRequestIsExplainedOnThePage() throws Exception {
        browser.open(page + "?from=2026-13-45");
        awaitSearchRendered();
        shoot("10-bad-date");
        HttpClientJson.Answer refused = api.get("/lede/api/search", Map.of("from", List.of("2026-13-45"), "ui", List.of("en"),
                "size", List.of("10")));
        assertEquals(400, refused.status(), "the API refuses the date: " + refused.body());
        String error = browser.texts("#error").get(0);
        assertFalse(browser.exists("#error[hidden]"), "the error is shown");
        assertTrue(error.contains(refused.body().path("error").asText()), "the API's message on the page: " + error);
        String before = requested();
        browser.click("#chips .chip[data-kind='from']");
        awaitSearchRenderedAfter(before);
        assertEquals(corpusSize, shownTotal(), "removing the refused filter recovers");
    }

    @Test
    @Order(100)
    void publicSearchHidesEditorOnlyRelatedCoverage() throws Exception {
        lede.felix().configure("io.lede.http", LedeInFelix.editorAccess(USER, PASSWORD, "search", "page"));
        HttpClientJson anonymous = HttpClientJson.anonymous(lede.httpBaseUrl());
        Await.until(WAIT, "search public", () -> statusOf(anonymous, "/lede/api/search") == 200);
        assertEquals(401, statusOf(anonymous, "/lede/api/related?id=x"), "related coverage stays editor-only");
        try (WebDriverSession visitor = driver.newSession(1366, 1000)) {
            visitor.open(page);
            Await.until(WAIT, "the page without credentials", () -> visitor.script(
                    "var m = document.getElementById('main'); return !!m && m.dataset.rendered === m.dataset.requested"
                            + " && document.body.classList.contains('no-related');").asBoolean());
            visitor.screenshot(SCREENSHOTS.resolve("search-page-11-public-visitor.png"));
            assertEquals(String.valueOf(corpusSize), visitor.attributes("#status", "data-total").get(0));
            assertFalse(visitor.attributes("#result-list .related-button", "class").isEmpty(), "results are listed");
            assertEquals(0, visibleRelatedButtons(visitor), "no related-coverage button for a visitor");
        }
    }

    private static int visibleRelatedButtons(WebDriverSession session) {
        return session.script("return Array.from(document.querySelectorAll('.related-button'))"
                + ".filter(function (b) { return b.offsetParent !== null; }).length;").asInt();
    }

    private static int statusOf(HttpClientJson client, String path) {
        try {
            return client.get(path).status();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    // ---------- helpers ----------

    private static String requested() {
        return browser.script("return document.getElementById('main').dataset.requested || '0';").asText();
    }

    private static void awaitSearchRendered() {
        Await.until(WAIT, "the page's search rendered", () -> browser.script(
                "var m = document.getElementById('main'); return !!m && !!m.dataset.rendered"
                        + " && m.dataset.rendered === m.dataset.requested && !m.hasAttribute('aria-busy');").asBoolean());
    }

    private static void awaitSearchRenderedAfter(String requestedBefore) {
        Await.until(WAIT, "a new search after #" + requestedBefore, () -> !requestedBefore.equals(requested()));
        awaitSearchRendered();
        assertFalse(browser.exists("#error:not([hidden])"), "no error: " + browser.texts("#error"));
    }

    private static int shownTotal() {
        return Integer.parseInt(browser.attributes("#status", "data-total").get(0));
    }

    private static void shoot(String name) {
        Path file = browser.screenshot(SCREENSHOTS.resolve("search-page-" + name + ".png"));
        try {
            assertTrue(Files.size(file) > 1000, "a screenshot in " + file);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static JsonNode search(Map<String, List<String>> params) {
        Map<String, List<String>> all = new LinkedHashMap<>(params);
        all.putIfAbsent("ui", List.of("en"));
        all.putIfAbsent("size", List.of("10"));
        return api("/lede/api/search", all);
    }

    private static JsonNode related(String id) {
        return api("/lede/api/related", Map.of("id", List.of(id), "size", List.of("5"), "ui", List.of("en")));
    }

    private static JsonNode api(String path, Map<String, List<String>> params) {
        try {
            HttpClientJson.Answer answer = api.get(path, params);
            if (answer.status() != 200) {
                throw new AssertionError(path + " " + params + " -> " + answer.status() + " " + answer.body());
            }
            return answer.body();
        } catch (IOException e) {
            throw new AssertionError(path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static List<String> ids(JsonNode response) {
        List<String> ids = new ArrayList<>();
        response.path("results").forEach(r -> ids.add(r.path("id").asText()));
        return ids;
    }

    private static List<String> labelsOf(JsonNode facet) {
        List<String> labels = new ArrayList<>();
        facet.forEach(f -> labels.add(f.path("label").asText()));
        return labels;
    }

    private static List<String> countsOf(JsonNode facet) {
        List<String> counts = new ArrayList<>();
        facet.forEach(f -> counts.add(f.path("count").asText()));
        return counts;
    }
}
