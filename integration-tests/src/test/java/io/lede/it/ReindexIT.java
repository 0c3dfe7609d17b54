package io.lede.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.lede.testing.Await;
import io.lede.testing.ElasticsearchServer;
import io.lede.testing.EsHttp;
import io.lede.testing.HttpClientJson;
import io.lede.testing.LedeInFelix;
import io.lede.testing.PublishTier;
import io.lede.testing.SampleArticle;
import io.lede.testing.TestBundles;
import io.lede.testing.TestElasticsearch;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Zero-downtime reindex while the newsroom keeps publishing: a reindex started over JMX (in the bundle) and one
 * started from the command line (another process), each while articles are published, republished and unpublished
 * through EventAdmin and a background searcher queries the alias. After the switch the alias holds exactly the
 * newest state of every article, and no search failed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReindexIT {
    private static final String ALIAS = "lede-it-reindex";
    private static final String PASSWORD = "reindex-it-secret";
    private static final int ARTICLES = 300;
    private static final Duration WAIT = Duration.ofSeconds(180);
    private static final Set<String> RUNNING = Set.of("PREPARING", "COPYING", "CATCHING_UP");

    private static ElasticsearchServer server;
    private static PublishTier tier;
    private static LedeInFelix lede;
    private static EsHttp es;
    private static ObjectName reindexStatus;
    private static final MBeanServer JMX = ManagementFactory.getPlatformMBeanServer();
    private static final Map<String, String> expected = new TreeMap<>(); // id -> title; absent when unpublished
    private static final List<SampleArticle> samples = SampleArticle.all();
    private static final Random random = new Random(7);
    private static final Instant T0 = Instant.parse("2026-11-29T06:00:00Z");
    private static int events;

    @BeforeAll
    static void publishArchive() throws Exception {
        server = TestElasticsearch.get();
        es = new EsHttp(server.httpUrl());
        tier = PublishTier.start();
        Instant starting = Instant.now();
        lede = LedeInFelix.start(TestBundles.workDirectory("reindex"), server.httpUrl(), tier.baseUrl(), ALIAS,
                Map.of("reindex.graceSeconds", 3L, "reindex.settleSeconds", 3L), List.of(),
                Map.of("io.lede.http", LedeInFelix.editorAccess("editor", PASSWORD)));
        Instant started = Instant.now();
        reindexStatus = new ObjectName("io.lede:type=Reindex,alias=" + ObjectName.quote(ALIAS));
        ObjectName pipeline = new ObjectName("io.lede:type=Pipeline,alias=" + ObjectName.quote(ALIAS));
        publish("reindex-0");
        Instant first = Instant.now();
        for (int k = 1; k < ARTICLES; k++) {
            publish("reindex-" + k);
        }
        Instant accepted = Instant.now();
        Await.until(WAIT, "the pipeline to run", () -> "running".equals(attribute(pipeline, "State")));
        System.out.printf("reindex IT start-up: Felix and the bundle started in %d ms; after that the first publish "
                + "was accepted (queued on disk) in %d ms and %d in %d ms; the pipeline ran (models loaded, index "
                + "ready) %d ms after the bundle started%n", Duration.between(starting, started).toMillis(),
                Duration.between(started, first).toMillis(), ARTICLES, Duration.between(started, accepted).toMillis(),
                Duration.between(started, Instant.now()).toMillis());
        Await.until(WAIT, "the archive to be indexed", () -> indexed().equals(expected));
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
    @Order(1)
    void aReindexStartedInTheBundleKeepsEveryPublishAndSearchNeverFails() throws Exception {
        String before = indexBehindAlias();
        try (Searcher searcher = Searcher.start(server.httpUrl())) {
            Object answer = JMX.invoke(reindexStatus, "startReindex", new Object[] {false}, new String[] {"boolean"});
            assertTrue(String.valueOf(answer).startsWith("reindex started"), String.valueOf(answer));
            int duringReindex = publishWhileReindexing();
            Await.until(WAIT, "the reindex to finish", () -> "DONE".equals(attribute(reindexStatus, "State")));
            Await.until(WAIT, "the alias to hold the newest state of every article", () -> indexed().equals(expected));
            searcher.stop();
            String after = indexBehindAlias();
            System.out.printf("reindex IT (JMX): %s -> %s; %d events during the reindex; total %s, enriched again %s, "
                    + "skipped newer %s, failed %s, caught up %s; %d searches during it, %d failed, fewest hits %d%n",
                    before, after, duringReindex, attribute(reindexStatus, "Total"),
                    attribute(reindexStatus, "Reenriched"), attribute(reindexStatus, "SkippedNewer"),
                    attribute(reindexStatus, "Failed"), attribute(reindexStatus, "CaughtUp"), searcher.searches(),
                    searcher.failures(), searcher.fewestHits());
            assertTrue(duringReindex > 0, "events were published while the reindex ran");
            assertEquals(0L, attribute(reindexStatus, "Failed"));
            assertEquals(attribute(reindexStatus, "Total"), (Long) attribute(reindexStatus, "Reenriched")
                    + (Long) attribute(reindexStatus, "SkippedNewer"),
                    "every document was enriched again, or a newer version was there already");
            assertEquals(0L, searcher.failures(), "searches against the alias never fail: " + searcher.lastFailure());
            assertTrue(searcher.searches() > 0);
            assertTrue(searcher.fewestHits() > 0, "the alias never looked empty");
            assertEquals(ALIAS + "-v2", after);
            assertEquals(null, es.getOrNull("/" + before), "the old index is deleted after the grace period");
            assertEquals(expected, indexed());
        }
    }

    @Test
    @Order(2)
    void aReindexFromTheCommandLineEnrichesOnlyOlderDocumentsWhileTheBundleWritesToBoth() throws Exception {
        List<String> aged = new ArrayList<>();
        for (int k = 0; k < 40; k++) { // never touched by the events below
            aged.add("reindex-aged-" + k);
            publish(aged.get(k));
        }
        Await.until(WAIT, "the articles to age to be indexed", () -> indexed().equals(expected));
        String before = indexBehindAlias();
        for (String id : aged) { // as if an older pipeline had enriched them
            JsonNode doc = es.get("/" + ALIAS + "/_doc/" + id);
            @SuppressWarnings("unchecked")
            Map<String, Object> source = EsHttp.json().convertValue(doc.path("_source"), Map.class);
            source.put("enrichmentVersion", "1");
            es.put("/" + ALIAS + "/_doc/" + id + "?version_type=external_gte&version=" + doc.path("_version").asLong(),
                    source);
        }
        es.post("/" + ALIAS + "/_refresh", null);
        Path output = Files.createTempFile("lede-reindex", ".json");
        Process cli = new ProcessBuilder(javaCommand(), "-Xmx1g", "-cp", cliClassPath(), "io.lede.cli.LedeCli",
                "reindex", "--elasticsearch", server.httpUrl(), "--alias", ALIAS, "--only-older", "--replicas", "0",
                "--grace-seconds", "0", "--settle-seconds", "3")
                .redirectOutput(output.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (Searcher searcher = Searcher.start(server.httpUrl())) {
            Await.until(WAIT, "the command line to mark its new index",
                    () -> es.get("/_alias").toString().contains(ALIAS + "-reindex-target") || !cli.isAlive());
            int published = 0;
            while (cli.isAlive()) {
                publishRound();
                published += 10;
            }
            assertEquals(0, cli.waitFor(), "lede reindex exit status");
            Await.until(WAIT, "the alias to hold the newest state of every article", () -> indexed().equals(expected));
            searcher.stop();
            JsonNode report = EsHttp.json().readTree(Files.readString(output, StandardCharsets.UTF_8));
            System.out.printf("reindex IT (command line): %s -> %s; %d events during the reindex; %s; "
                    + "%d searches, %d failed%n", before, indexBehindAlias(), published, report, searcher.searches(),
                    searcher.failures());
            assertEquals("DONE", report.path("state").asText(), report.toString());
            assertEquals(aged.size(), report.path("reenriched").asInt(),
                    "only the older documents are enriched again: " + report);
            assertTrue(report.path("copied").asInt() > 0, "the current documents are copied as they are: " + report);
            assertEquals(report.path("total").asInt(), report.path("copied").asInt() + report.path("reenriched").asInt()
                    + report.path("skippedNewer").asInt(), "every document accounted for: " + report);
            assertTrue(published > 0, "events were published while the command line reindexed");
            assertEquals(0L, searcher.failures(), "searches never fail: " + searcher.lastFailure());
            assertEquals(ALIAS + "-v3", indexBehindAlias());
            assertEquals(null, es.getOrNull("/" + before), "grace 0: the old index is deleted at once");
            assertEquals(expected, indexed());
            JsonNode old = es.post("/" + ALIAS + "/_search", Map.of("size", 0, "query",
                    Map.of("term", Map.of("enrichmentVersion", "1")))).path("hits").path("total");
            assertEquals(0, old.path("value").asInt(), "no document of the older version is left");
        }
    }

    @Test
    @Order(3)
    void editorsFollowAndStartAReindexOverHttp() throws Exception {
        HttpClientJson editor = HttpClientJson.basic(lede.httpBaseUrl(), "editor", PASSWORD);
        assertEquals(401, HttpClientJson.anonymous(lede.httpBaseUrl()).get("/lede/api/reindex").status(),
                "the admin group needs the editor");
        HttpClientJson.Answer last = editor.get("/lede/api/reindex");
        assertEquals(200, last.status(), last.body().toString());
        assertEquals("DONE", last.body().path("state").asText(), "the bundle's last reindex: " + last.body());
        HttpClientJson.Answer bad = editor.postForm("/lede/api/reindex", Map.of("mode", List.of("fast")));
        assertEquals(400, bad.status());
        assertEquals("mode", bad.body().path("parameter").asText(), bad.body().toString());
        String before = indexBehindAlias();
        HttpClientJson.Answer started = editor.postForm("/lede/api/reindex", Map.of("mode", List.of("copy")));
        assertEquals(202, started.status(), started.body().toString());
        HttpClientJson.Answer again = editor.postForm("/lede/api/reindex", Map.of());
        assertEquals(409, again.status(), "one reindex at a time: " + again.body());
        publishRound();
        Await.until(WAIT, "the copy to finish", () -> {
            try {
                return "DONE".equals(editor.get("/lede/api/reindex").body().path("state").asText());
            } catch (Exception e) {
                return false;
            }
        });
        JsonNode done = editor.get("/lede/api/reindex").body();
        System.out.printf("reindex IT (HTTP, copy): %s%n", done);
        assertEquals(before, done.path("sourceIndex").asText());
        assertEquals(done.path("targetIndex").asText(), indexBehindAlias());
        assertEquals(done.path("total").asInt(), done.path("copied").asInt() + done.path("skippedNewer").asInt());
        assertEquals(0, done.path("reenriched").asInt(), "a copy enriches nothing");
        Await.until(WAIT, "the alias to hold the newest state of every article", () -> indexed().equals(expected));
    }

    /** Publishes rounds of events until the reindex has switched, counting those sent while it ran. */
    private static int publishWhileReindexing() {
        int during = 0;
        for (int round = 0; round < 1000; round++) {
            String state = String.valueOf(attribute(reindexStatus, "State"));
            if (!RUNNING.contains(state) && round > 0) {
                break;
            }
            publishRound();
            if (RUNNING.contains(state)) {
                during += 10;
            }
        }
        publishRound();
        return during;
    }

    /** Ten events (new articles, republications, unpublications), then waits until the alias shows them. */
    private static void publishRound() {
        for (int i = 0; i < 10; i++) {
            int choice = random.nextInt(10);
            if (choice < 4) {
                publish("reindex-new-" + events);
            } else if (choice < 7) {
                publish("reindex-" + random.nextInt(ARTICLES));
            } else {
                String id = "reindex-" + random.nextInt(ARTICLES);
                lede.felix().send("io/lede/article/UNPUBLISH", Map.of("id", id, "modified", nextModified()));
                expected.remove(id);
            }
        }
        Await.until(WAIT, "the round of events to be searchable", () -> indexed().equals(expected));
    }

    private static void publish(String id) {
        SampleArticle a = samples.get(random.nextInt(samples.size()));
        String title = "Edition " + events + ": " + a.title();
        lede.publishInline(id, new SampleArticle(a.path(), a.language(), a.section(), a.authors(), a.tags(),
                a.published(), title, a.description(), a.paragraphs()), nextModified());
        expected.put(id, title);
    }

    private static String nextModified() {
        return T0.plusSeconds(events++).toString();
    }

    private static Object attribute(ObjectName name, String attribute) {
        try {
            return JMX.getAttribute(name, attribute);
        } catch (Exception e) {
            return "unavailable: " + e;
        }
    }

    private static String indexBehindAlias() {
        List<String> indices = new ArrayList<>();
        es.get("/_alias/" + ALIAS).fieldNames().forEachRemaining(indices::add);
        assertEquals(1, indices.size(), "the alias is on one index: " + indices);
        return indices.get(0);
    }

    private static Map<String, String> indexed() {
        return es.titlesById(ALIAS);
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The command line's class path as {@code bin/lede} builds it: the bundle's classes and embedded libraries. */
    private static String cliClassPath() {
        Path bundle = Path.of("..", "bundle", "target").toAbsolutePath().normalize();
        return bundle.resolve("classes") + java.io.File.pathSeparator + bundle.resolve("embedded") + "/*";
    }

    /** Searches the alias in a loop on its own thread, counting failures and the fewest hits seen. */
    private static final class Searcher implements AutoCloseable {
        private final EsHttp http;
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicLong searches = new AtomicLong();
        private final AtomicLong failures = new AtomicLong();
        private final AtomicLong fewestHits = new AtomicLong(Long.MAX_VALUE);
        private volatile String lastFailure = "";
        private final Thread thread;

        private Searcher(String url) {
            http = new EsHttp(url);
            thread = new Thread(this::loop, "reindex-it-searcher");
            thread.setDaemon(true);
        }

        static Searcher start(String url) {
            Searcher s = new Searcher(url);
            s.thread.start();
            return s;
        }

        private void loop() {
            while (running.get()) {
                try {
                    JsonNode total = http.post("/" + ALIAS + "/_search", Map.of("size", 3, "track_total_hits", true,
                            "query", Map.of("match", Map.of("body", "the")))).path("hits").path("total");
                    JsonNode all = http.post("/" + ALIAS + "/_count", null);
                    fewestHits.accumulateAndGet(all.path("count").asLong(), Math::min);
                    searches.incrementAndGet();
                    if (total.isMissingNode()) {
                        throw new IllegalStateException("no hits in the answer");
                    }
                } catch (RuntimeException e) {
                    failures.incrementAndGet();
                    lastFailure = e.toString();
                }
            }
        }

        void stop() throws InterruptedException {
            running.set(false);
            thread.join(TimeUnit.SECONDS.toMillis(30));
        }

        long searches() {
            return searches.get();
        }

        long failures() {
            return failures.get();
        }

        long fewestHits() {
            return fewestHits.get() == Long.MAX_VALUE ? -1 : fewestHits.get();
        }

        String lastFailure() {
            return lastFailure;
        }

        @Override
        public void close() throws InterruptedException {
            stop();
        }
    }
}
