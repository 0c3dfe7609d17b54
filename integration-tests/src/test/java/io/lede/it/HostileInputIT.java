package io.lede.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.lede.testing.Await;
import io.lede.testing.CapturedStderr;
import io.lede.testing.ElasticsearchServer;
import io.lede.testing.EsHttp;
import io.lede.testing.HeapWatch;
import io.lede.testing.HostileCorpus;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hostile corpus: over 200 generated bad inputs (zip bombs, encrypted and corrupt PDFs and DOCX, 100 MB
 * pages, invalid UTF-8, deep nesting, garbage, redirect loops, a slow publish tier, malformed events) with good
 * articles between them, through a real Felix and Elasticsearch. Every bad one must end in a clear error naming
 * it, every good one in the index, and the heap must stay bounded.
 */
class HostileInputIT {
    private static final String ALIAS = "lede-it-hostile";
    private static final String SITE = "https://news.example";
    private static final String BASE = "/content/site/news/hostile/";
    private static final Duration WAIT = Duration.ofSeconds(180);
    private static final long MB = 1024 * 1024;
    /**
     * Bound on how much the heap retained after collections may grow over what the JVM held before the corpus ran
     * (failsafe runs with -Xmx1g, and other tests of the same JVM may keep a Felix of their own alive).
     */
    private static final long HEAP_GROWTH_BOUND = 450 * MB;

    private static PublishTier tier;
    private static LedeInFelix lede;
    private static EsHttp es;

    /** A page the tier serves, and what its dead letter's reason must say ("" for any reason). */
    private record BadPage(String path, String reason) {
    }

    @BeforeAll
    static void start() throws Exception {
        ElasticsearchServer server = TestElasticsearch.get();
        es = new EsHttp(server.httpUrl());
        tier = PublishTier.start();
        lede = LedeInFelix.start(TestBundles.workDirectory("hostile"), server.httpUrl(), tier.baseUrl(), ALIAS,
                Map.of("queue.maxAttempts", 1, "publish.timeoutSeconds", 2, "enrich.threads", 4),
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
    void everyHostileInputIsReportedWhileGoodArticlesAreIndexedWithBoundedMemory() throws Exception {
        List<String> good = new ArrayList<>();
        String first = publishGood(0, good);
        awaitDocument(first); // the pipeline is running: models loaded, index ready

        List<BadPage> pages = servePages(new Random(20261129));
        List<String> slow = List.of(BASE + "slow-0", BASE + "slow-1");
        for (String path : slow) {
            tier.put(path + ".html", Page.html("<html><body><p>Lent</p></body></html>").delayedBy(6000));
        }
        MBeanServer jmx = ManagementFactory.getPlatformMBeanServer();
        ObjectName status = new ObjectName("io.lede:type=Pipeline,alias=" + ObjectName.quote(ALIAS));

        long baseline = HeapWatch.retainedNow();
        try (CapturedStderr log = new CapturedStderr(); HeapWatch heap = new HeapWatch()) {
            long now = System.currentTimeMillis();
            for (String path : slow) {
                lede.replicate("ACTIVATE", path, now);
            }
            for (int i = 0; i < pages.size(); i++) {
                lede.replicate("ACTIVATE", pages.get(i).path(), now);
                if (i % 8 == 0) {
                    publishGood(good.size(), good);
                }
            }
            Map<String, String> events = sendBadEvents();
            int eventsSent = BAD_EVENTS;

            for (String path : slow) {
                String url = tier.baseUrl() + path + ".html";
                Await.until(WAIT, "the slow page " + path + " to be reported",
                        () -> log.text().contains("did not answer " + url));
                tier.remove(path + ".html"); // it now answers 404 at once: a dead letter
            }
            for (String id : good) {
                awaitDocument(id);
            }
            Await.until(WAIT, "a dead letter for each of the " + (pages.size() + slow.size()) + " bad pages",
                    () -> deadLetters(jmx, status).size() >= pages.size() + slow.size());

            Map<String, String> reasons = new HashMap<>();
            for (String line : deadLetters(jmx, status)) {
                // "<seq> PUBLISH <path> after <n> attempts: <reason>"
                String[] parts = line.split(" ", 4);
                reasons.put(parts[2], parts[3]);
            }
            String text = log.text();
            for (BadPage bad : pages) {
                String reason = reasons.get(bad.path());
                assertTrue(reason != null, "no dead letter for " + bad.path());
                assertTrue(reason.contains(bad.reason()), bad.path() + ": expected '" + bad.reason() + "' in " + reason);
                assertTrue(text.contains("Dead letter: PUBLISH of " + bad.path() + " failed"),
                        "logged error naming " + bad.path());
            }
            for (String path : slow) {
                assertTrue(reasons.containsKey(path), "the slow page ends as a dead letter once it answers 404");
            }
            events.forEach((expected, what) -> assertTrue(text.contains(expected), what + ": expected log '"
                    + expected + "'"));
            assertEquals(Boolean.TRUE, jmx.getAttribute(status, "ElasticsearchReachable"));

            long max = HeapWatch.maxHeapBytes();
            System.out.printf("HostileInputIT: %d bad pages + %d bad events, %d good articles indexed; heap peak "
                            + "after GC %d MB (%d MB before the corpus), peak used %d MB, max %d MB, %d collections%n",
                    pages.size() + slow.size(), eventsSent, good.size(), heap.peakAfterGcBytes() / MB, baseline / MB,
                    heap.peakUsedBytes() / MB, max / MB, heap.collections());
            assertTrue(max <= 1024 * MB + MB, "failsafe's explicit -Xmx1g is in force: " + max / MB + " MB");
            assertTrue(heap.peakAfterGcBytes() - baseline < HEAP_GROWTH_BOUND, "heap retained after GC peaked at "
                    + heap.peakAfterGcBytes() / MB + " MB, " + baseline / MB + " MB before the corpus");
        }
    }

    /** Serves every hostile page; returns them with the reason their dead letter must give. */
    private static List<BadPage> servePages(Random random) {
        List<BadPage> out = new ArrayList<>();
        byte[][] zipBombs = {HostileCorpus.zipBomb(50 * MB), HostileCorpus.zipBomb(120 * MB)};
        byte[][] docxBombs = {HostileCorpus.docxBomb(30 * MB), HostileCorpus.docxBomb(80 * MB)};
        byte[] nested = HostileCorpus.nestedZipBomb(3, 8 * MB);
        byte[] encryptedDocx = HostileCorpus.encryptedDocx("Le budget secret de la ville.", "motdepasse");
        String pdf = "application/pdf";
        serve(out, "zip-bomb", 15, "application/zip", "suspected zip bomb", i -> zipBombs[i % 2]);
        serve(out, "nested-zip", 10, "application/zip", "unsupported content type application/zip", i -> nested);
        serve(out, "docx-bomb", 15, HostileCorpus.DOCX, "suspected zip bomb", i -> docxBombs[i % 2]);
        serve(out, "encrypted-pdf", 15, pdf, "encrypted",
                i -> HostileCorpus.encryptedPdf("Le budget secret " + i, "motdepasse" + i));
        serve(out, "encrypted-docx", 15, HostileCorpus.DOCX, "encrypted", i -> encryptedDocx);
        serve(out, "corrupt-pdf", 10, pdf, "", i -> HostileCorpus.corruptPdf(random));
        serve(out, "truncated-pdf", 8, pdf, "", i -> HostileCorpus.truncatedPdf(random));
        serve(out, "corrupt-docx", 10, HostileCorpus.DOCX, "", i -> HostileCorpus.corruptDocx(random));
        serve(out, "truncated-docx", 10, HostileCorpus.DOCX, "", i -> HostileCorpus.truncatedDocx(random));
        serve(out, "invalid-utf8", 20, "text/html; charset=utf-8", "not readable text",
                i -> HostileCorpus.invalidUtf8Html(random));
        serve(out, "deep-html", 15, "text/html; charset=utf-8", "nesting",
                i -> HostileCorpus.deeplyNestedHtml(1000 + 500 * i, i % 2 == 0 ? "div" : "span"));
        serve(out, "garbage-html", 10, "text/html", "not readable text",
                i -> HostileCorpus.randomBytes(random, 1000 + random.nextInt(20_000)));
        serve(out, "garbage-pdf", 5, pdf, "", i -> HostileCorpus.randomBytes(random, 5000));
        serve(out, "wrong-type", 5, "image/png", "",
                i -> HostileCorpus.randomBytes(random, 5000));
        for (int i = 0; i < 10; i++) {
            String path = BASE + "redirect-loop-" + i;
            tier.put(path + ".html", Page.redirect(path + ".html"));
            out.add(new BadPage(path, "HTTP 302"));
        }
        for (boolean declared : new boolean[] {true, false}) {
            String path = BASE + "hundred-mb-" + (declared ? "declared" : "chunked");
            tier.putStreamed(path + ".html", "text/html; charset=utf-8", 100 * MB, declared);
            out.add(new BadPage(path, "larger than the limit"));
        }
        return out;
    }

    private static void serve(List<BadPage> out, String kind, int count, String contentType, String reason,
                              Function<Integer, byte[]> body) {
        for (int i = 0; i < count; i++) {
            String path = BASE + kind + "-" + i;
            tier.put(path + ".html", new Page(200, contentType, body.apply(i)));
            out.add(new BadPage(path, reason));
        }
    }

    private static final int BAD_EVENTS = 26;

    /** Sends {@value #BAD_EVENTS} malformed events; returns what the log must then say, with a description. */
    private static Map<String, String> sendBadEvents() {
        Map<String, String> expected = new LinkedHashMap<>();
        for (int i = 0; i < 6; i++) {
            lede.felix().send("com/day/cq/replication", new HashMap<>(Map.of("type", "ACTIVATE", "userId", "u" + i)));
            lede.felix().send("com/day/cq/replication", Map.of("type", "ACTIVATE", "paths", 42 + i));
        }
        expected.put("com/day/cq/replication (ACTIVATE) has no paths", "6 replication events without paths");
        expected.put("property 'paths' should be a list of strings", "6 replication events with numeric paths");
        for (int i = 0; i < 4; i++) {
            lede.felix().send("io/lede/article/PUBLISH", Map.of("title", "Sans identifiant " + i, "body", "<p>x</p>"));
        }
        expected.put("event io/lede/article/PUBLISH has no 'id' property", "4 neutral events without id");
        for (int i = 0; i < 4; i++) {
            String id = "hostile-event-authors-" + i;
            lede.felix().send("io/lede/article/PUBLISH", Map.of("id", id, "title", "T", "authors", i));
            expected.put("'authors' should be a list of strings but is a Integer (article " + id + ")", id);
        }
        for (int i = 0; i < 4; i++) {
            String id = "hostile-event-date-" + i;
            lede.felix().send("io/lede/article/PUBLISH", Map.of("id", id, "title", "T", "modified", "hier " + i));
            expected.put("is not an ISO-8601 time: hier " + i + " (article " + id + ")", id);
        }
        for (int i = 0; i < 2; i++) {
            String id = "hostile-event-empty-" + i;
            lede.felix().send("io/lede/article/PUBLISH", Map.of("id", id, "title", " ", "body", ""));
            expected.put("for " + id + " has neither title nor body", id);
        }
        return expected;
    }

    /** Publishes good article number {@code n} (the samples in turn) through the AEM hook; returns its id. */
    private static String publishGood(int n, List<String> good) {
        SampleArticle a = SampleArticle.all().get(n % SampleArticle.all().size());
        String path = BASE + "good-" + n;
        SampleArticle changed = new SampleArticle(path, a.language(), a.section(), a.authors(), a.tags(), a.published(),
                a.title() + " (" + n + ")", a.description(), a.paragraphs());
        tier.put(path + ".html", Page.html(SamplePages.render(changed, SITE)));
        lede.replicate("ACTIVATE", path, System.currentTimeMillis());
        good.add(path);
        return path;
    }

    private static List<String> deadLetters(MBeanServer jmx, ObjectName status) {
        try {
            return List.of((String[]) jmx.getAttribute(status, "DeadLetters"));
        } catch (javax.management.JMException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode awaitDocument(String id) {
        return Await.value(WAIT, "document " + id, () -> {
            JsonNode doc = es.getOrNull("/" + ALIAS + "/_doc/" + URLEncoder.encode(id, StandardCharsets.UTF_8));
            return doc != null && doc.path("found").asBoolean() ? doc.path("_source") : null;
        });
    }
}
