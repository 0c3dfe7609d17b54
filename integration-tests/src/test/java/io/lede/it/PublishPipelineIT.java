package io.lede.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.lede.testing.Await;
import io.lede.testing.CapturedStderr;
import io.lede.testing.ElasticsearchServer;
import io.lede.testing.EsHttp;
import io.lede.testing.LedeInFelix;
import io.lede.testing.PublishTier;
import io.lede.testing.PublishTier.Page;
import io.lede.testing.SampleArticle;
import io.lede.testing.SamplePages;
import io.lede.testing.TestBundles;
import io.lede.testing.TestElasticsearch;
import java.lang.management.ManagementFactory;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The whole publish path: CMS event → queue → fetch → Tika → language → index, in a real Felix and Elasticsearch. */
class PublishPipelineIT {
    private static final String ALIAS = "lede-it-pipeline";
    private static final String SITE = "https://news.example";
    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final long MAX_BYTES = 200_000;

    private static PublishTier tier;
    private static LedeInFelix lede;
    private static EsHttp es;

    @BeforeAll
    static void start() throws Exception {
        ElasticsearchServer server = TestElasticsearch.get();
        es = new EsHttp(server.httpUrl());
        tier = PublishTier.start();
        for (SampleArticle a : SampleArticle.all()) {
            tier.put(a.path() + ".html", Page.html(SamplePages.render(a, SITE)));
        }
        lede = LedeInFelix.start(TestBundles.workDirectory("pipeline"), server.httpUrl(), tier.baseUrl(), ALIAS,
                Map.of("parse.maxBytes", MAX_BYTES, "queue.maxAttempts", 2, "publish.timeoutSeconds", 3),
                List.of("/content/site/news"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (lede != null) {
            lede.close();
        }
        if (tier != null) {
            tier.close();
        }
    }

    @Test
    void frenchWireStoryIsIndexedAsFrenchWithTheFrenchAnalyser() {
        SampleArticle fr = SampleArticle.load("fr-kremlin-talks");
        lede.replicate("ACTIVATE", fr.path(), System.currentTimeMillis());

        JsonNode doc = awaitDocument(fr.path());
        assertEquals("fr", doc.path("language").asText());
        assertEquals(fr.title(), doc.path("title").asText());
        assertEquals(SITE + fr.path(), doc.path("url").asText(), "canonical URL");
        assertEquals("Monde", doc.path("section").asText());
        assertEquals("Claire Dumas", doc.path("authors").path(0).asText());
        assertTrue(doc.path("body").asText().contains("Iouri Ouchakov"), "article text is indexed");
        assertFalse(doc.path("body").asText().contains(SamplePages.CHROME_MARKER), "navigation and footer are not");
        assertTrue(doc.path("entities").isArray(), "entity field present");
        assertTrue(doc.path("topics").isArray(), "topic field present");
        assertEquals(fr.path(), doc.path("id").asText());

        refresh();
        // "provocations" in the text; the singular only matches through the French stemmer
        assertEquals(List.of(fr.path()), search("body.fr", "provocation"));
        assertEquals(List.of(), search("body", "provocation"));
    }

    @Test
    void neutralEventsInFourLanguagesGetTheirLanguageAndAnalyser() {
        Map<String, String> inflected = Map.of("en", "sanction", "de", "Sanktion", "es", "gol", "it", "prezzo");
        Map<String, String> samples = Map.of("en", "en-kremlin-talks", "de", "de-kremlin-talks",
                "es", "es-liga-final", "it", "it-ecb-rates");
        for (Map.Entry<String, String> e : samples.entrySet()) {
            lede.publishInline("neutral-" + e.getKey(), SampleArticle.load(e.getValue()), "2026-11-23T08:00:00Z");
        }
        for (String lang : samples.keySet()) {
            JsonNode doc = awaitDocument("neutral-" + lang);
            assertEquals(lang, doc.path("language").asText(), "language of neutral-" + lang);
        }
        refresh();
        for (String lang : samples.keySet()) {
            List<String> hits = search("body." + lang, inflected.get(lang));
            assertTrue(hits.contains("neutral-" + lang), lang + " analyser finds '" + inflected.get(lang) + "': " + hits);
        }
    }

    @Test
    void republishReplacesAnOlderVersionNeverOverwritesAndUnpublishDeletes() {
        SampleArticle en = SampleArticle.load("en-kremlin-talks");
        String path = "/content/site/news/2026/versioned-story";
        long t = 1_800_000_000_000L;
        servePage(path, en, "Version one");
        lede.replicate("ACTIVATE", path, t);
        Await.until(WAIT, "version one", () -> titleOf(path).startsWith("Version one"));

        servePage(path, en, "Version two");
        lede.replicate("ACTIVATE", path, t + 2000);
        Await.until(WAIT, "version two", () -> titleOf(path).startsWith("Version two"));

        servePage(path, en, "Stale version");
        lede.replicate("ACTIVATE", path, t + 1000); // an older action arriving late
        awaitSentinel("after-stale");
        assertTrue(titleOf(path).startsWith("Version two"), "an older modification must not overwrite");
        refresh();
        assertEquals(1, es.post("/" + ALIAS + "/_count", Map.of("query", Map.of("term", Map.of("id", path))))
                .path("count").asInt(), "republish replaces, never duplicates");

        lede.replicate("DEACTIVATE", path, t + 3000);
        Await.until(WAIT, "unpublished document to disappear", () -> document(path) == null);

        String outside = "/content/other/2026/not-news";
        servePage(outside, en, "Outside the roots");
        lede.replicate("ACTIVATE", outside, t);
        awaitSentinel("after-outside");
        assertNull(document(outside), "pages outside the content roots are ignored");
    }

    @Test
    void badInputIsLoggedClearlyAndNeverStopsThePipeline() {
        String base = "/content/site/news/bad/";
        tier.put(base + "empty.html", new Page(200, "text/html", new byte[0]));
        tier.put(base + "broken.html", Page.html("<html><body><div><p>Texte <b>cassé <i>sans fin <div><p>encore"));
        byte[] binary = new byte[4096];
        new Random(7).nextBytes(binary);
        tier.put(base + "binary.html", new Page(200, "application/octet-stream", binary));
        tier.put(base + "huge.html", Page.html("<html><body><p>" + "mot ".repeat((int) MAX_BYTES / 2) + "</p></body></html>"));
        tier.put(base + "nested.html", Page.html("<html><body>" + "<div>".repeat(2000) + "profond"
                + "</div>".repeat(2000) + "</body></html>"));
        tier.put(base + "loop.html", Page.redirect(base + "loop.html"));
        tier.put(base + "slow.html", Page.html("<html><body><p>Lent</p></body></html>").delayedBy(8000));
        byte[] invalidUtf8 = "<html><body><p>Caf\u00e9 invalide \u0000</p></body></html>".getBytes(StandardCharsets.ISO_8859_1);
        tier.put(base + "latin1.html", new Page(200, "text/html; charset=utf-8", invalidUtf8));

        try (CapturedStderr log = new CapturedStderr()) {
            Map<String, Object> noPaths = new HashMap<>(Map.of("type", "ACTIVATE", "userId", "editor"));
            lede.felix().send("com/day/cq/replication", noPaths);
            lede.felix().send("com/day/cq/replication", Map.of("type", "ACTIVATE", "paths", 42));
            long now = System.currentTimeMillis();
            for (String name : List.of("missing", "empty", "broken", "binary", "huge", "nested", "loop", "slow",
                    "latin1")) {
                lede.replicate("ACTIVATE", base + name, now);
            }
            SampleArticle good = SampleArticle.load("it-ecb-rates");
            String goodPath = base + "good-after-bad";
            servePage(goodPath, good, good.title());
            lede.replicate("ACTIVATE", goodPath, now);
            assertEquals("it", awaitDocument(goodPath).path("language").asText(), "good article still indexed");

            Await.until(WAIT, "every bad article to be dead-lettered", () -> {
                String text = log.text();
                return List.of("missing", "empty", "binary", "huge", "nested", "loop").stream()
                        .allMatch(n -> text.contains("Dead letter: PUBLISH of " + base + n));
            });
            String text = log.text();
            assertTrue(text.contains("has no paths"), "event without paths is reported");
            assertTrue(text.contains("property 'paths' should be a list of strings"), "wrongly typed event reported");
            assertTrue(text.contains("HTTP 404"), "404 reported");
            assertTrue(text.contains("larger than the limit"), "oversized page reported");
            assertTrue(text.contains("levels of XML element nesting") || text.contains("nesting deeper than"),
                    "deeply nested page reported");
            assertTrue(text.contains("HTTP 302"), "a redirect loop is reported");
            Await.until(WAIT, "the slow page to be reported", () -> log.text().contains("did not answer"));
        }
    }

    @Test
    void slingContentDistributionAddIndexesAndDeleteRemoves() {
        SampleArticle de = SampleArticle.load("de-kremlin-talks");
        String path = "/content/site/news/2026/distributed-story";
        servePage(path, de, "Verteilt");
        lede.felix().send("org/apache/sling/distribution/agent/package/distributed", Map.of(
                "distribution.type", "ADD", "distribution.paths", new String[] {path},
                "distribution.component.kind", "AGENT"));
        assertEquals("de", awaitDocument(path).path("language").asText());

        lede.felix().send("org/apache/sling/distribution/agent/package/distributed", Map.of(
                "distribution.type", "DELETE", "distribution.paths", new String[] {path},
                "distribution.component.kind", "AGENT"));
        Await.until(WAIT, "distributed delete to remove " + path, () -> document(path) == null);
    }

    @Test
    void operatorsSeeTheQueueAndManageDeadLettersOverJmx() throws Exception {
        MBeanServer jmx = ManagementFactory.getPlatformMBeanServer();
        ObjectName status = new ObjectName("io.lede:type=Pipeline,alias=" + ObjectName.quote(ALIAS));
        String path = "/content/site/news/bad/jmx-missing";
        lede.replicate("ACTIVATE", path, System.currentTimeMillis());
        Await.until(WAIT, "a dead letter for " + path, () -> deadLetters(jmx, status).stream()
                .anyMatch(d -> d.contains(path) && d.contains("HTTP 404")));
        assertEquals(Boolean.TRUE, jmx.getAttribute(status, "ElasticsearchReachable"));
        assertEquals("running", jmx.getAttribute(status, "State"));
        String line = deadLetters(jmx, status).stream().filter(d -> d.contains(path)).findFirst().orElseThrow();
        long seq = Long.parseLong(line.substring(0, line.indexOf(' ')));

        SampleArticle fr = SampleArticle.load("fr-kremlin-talks");
        servePage(path, fr, "Enfin publié");
        assertEquals(Boolean.TRUE, jmx.invoke(status, "retryDeadLetter", new Object[] {seq}, new String[] {"long"}));
        assertEquals("fr", awaitDocument(path).path("language").asText(), "a retried dead letter is indexed");
        assertTrue(deadLetters(jmx, status).stream().noneMatch(d -> d.contains(path)));
        assertTrue((Long) jmx.getAttribute(status, "Indexed") > 0);
    }

    private static List<String> deadLetters(MBeanServer jmx, ObjectName status) {
        try {
            return List.of((String[]) jmx.getAttribute(status, "DeadLetters"));
        } catch (javax.management.JMException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void servePage(String path, SampleArticle a, String title) {
        SampleArticle changed = new SampleArticle(path, a.language(), a.section(), a.authors(), a.tags(), a.published(),
                title + " - " + a.title(), a.description(), a.paragraphs());
        tier.put(path + ".html", Page.html(SamplePages.render(changed, SITE)));
    }

    /** Publishes a fresh article and waits for it: everything queued before it has been processed by then. */
    private static void awaitSentinel(String name) {
        SampleArticle it = SampleArticle.load("it-ecb-rates");
        lede.publishInline("sentinel-" + name, it, "2026-11-23T08:00:00Z");
        awaitDocument("sentinel-" + name);
    }

    private static String titleOf(String id) {
        JsonNode doc = document(id);
        return doc == null ? "" : doc.path("title").asText();
    }

    private static JsonNode awaitDocument(String id) {
        return Await.value(WAIT, "document " + id, () -> document(id));
    }

    private static JsonNode document(String id) {
        JsonNode doc = es.getOrNull("/" + ALIAS + "/_doc/" + URLEncoder.encode(id, StandardCharsets.UTF_8));
        return doc != null && doc.path("found").asBoolean() ? doc.path("_source") : null;
    }

    private static void refresh() {
        es.post("/" + ALIAS + "/_refresh", null);
    }

    private static List<String> search(String field, String text) {
        JsonNode hits = es.post("/" + ALIAS + "/_search", Map.of("query", Map.of("match", Map.of(field, text)),
                "_source", List.of("id"))).path("hits").path("hits");
        return java.util.stream.StreamSupport.stream(hits.spliterator(), false)
                .map(h -> h.path("_source").path("id").asText()).filter(id -> !id.startsWith("sentinel")).toList();
    }
}
