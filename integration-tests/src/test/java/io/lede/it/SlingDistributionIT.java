package io.lede.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.lede.testing.Await;
import io.lede.testing.ElasticsearchServer;
import io.lede.testing.EsHttp;
import io.lede.testing.SampleArticle;
import io.lede.testing.SlingHttp;
import io.lede.testing.SlingInstance;
import io.lede.testing.SlingNewsroom;
import io.lede.testing.TestElasticsearch;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Lede inside a real Apache Sling 12: articles written through the Sling POST servlet, rendered by the project's
 * HTL script, published and unpublished with Sling Content Distribution requests; Lede hears the distribution
 * events, fetches the pages from Sling and indexes them into the real test Elasticsearch.
 */
@ExtendWith(SlingDistributionIT.PrintSlingLogsOnFailure.class)
class SlingDistributionIT {
    private static final String ALIAS = "lede-sling";
    private static final Duration INDEXED = Duration.ofMinutes(3);
    private static final String LEDE_BUNDLE = "io.lede.bundle";

    private static SlingInstance sling;
    private static EsHttp es;
    private static SlingNewsroom newsroom;

    @BeforeAll
    static void startSling() {
        ElasticsearchServer node = TestElasticsearch.get();
        es = new EsHttp(node.httpUrl());
        sling = SlingInstance.builder(node.httpUrl()).indexAlias(ALIAS).build().start();
        newsroom = new SlingNewsroom(sling.http(), SlingInstance.AGENT);
        newsroom.installRenderingScript();
    }

    @AfterAll
    static void stopSling() {
        if (sling != null) {
            sling.close();
        }
    }

    @Test
    void ledeBundleIsActiveWithItsComponentsSatisfiedNextToSlingsBundles() {
        JsonNode bundles = sling.http().getJson("/system/console/bundles.json");
        List<String> notActive = new ArrayList<>();
        long ledeId = -1;
        for (JsonNode b : bundles.path("data")) {
            String state = b.path("state").asText();
            if (!state.equals("Active") && !state.equals("Fragment")) {
                notActive.add(b.path("symbolicName").asText() + " " + state);
            }
            if (b.path("symbolicName").asText().equals(LEDE_BUNDLE)) {
                ledeId = b.path("id").asLong();
                assertEquals("Active", state, "Lede's bundle");
            }
        }
        assertTrue(ledeId > 0, "Lede's bundle is installed in Sling");
        assertEquals(List.of(), notActive, "bundles that are not active");

        long bundleId = ledeId;
        Await.until(Duration.ofSeconds(120), () -> "Lede's components to be active in Sling: "
                + ledeComponents(bundleId).stream().map(c -> c.path("name").asText() + "=" + c.path("state").asText())
                .toList(), () -> {
                    List<JsonNode> lede = ledeComponents(bundleId);
                    return lede.size() >= 4 && lede.stream().allMatch(c -> isSatisfied(c.path("state").asText()));
                });
        List<String> names = ledeComponents(bundleId).stream().map(c -> c.path("name").asText()).toList();
        assertTrue(names.contains("io.lede.osgi.DistributionHook"), "components: " + names);
        assertTrue(names.contains("io.lede.osgi.PipelineComponent"), "components: " + names);
    }

    @Test
    void ledeHttpContextAnswersUnderLedeOnSlingsHttpService() {
        // Sling's own HTTP whiteboard hosts Lede's /lede context next to Sling's; editors only, none configured
        SlingHttp reader = sling.http().anonymous();
        Await.until(Duration.ofSeconds(120), "/lede/api/info to be answered by Lede",
                () -> reader.get("/lede/api/info").status() == 401);
        SlingHttp.Response info = reader.get("/lede/api/info");
        assertTrue(info.body().contains("editor credentials required"), info.body());
    }

    @Test
    void articlesPublishedThroughDistributionAreSearchableAndUnpublishedOnesGone() throws IOException {
        SampleArticle fr = article("fr-retraites-senat");
        SampleArticle en = article("en-ecb-holds-rates");
        for (SampleArticle a : List.of(fr, en)) {
            newsroom.write(a.path(), a);
            SlingHttp.Response page = sling.http().anonymous().get(a.path() + ".html");
            assertEquals(200, page.status(), "the rendered page of " + a.path() + " as readers see it");
            assertTrue(page.body().contains("<html lang=\"" + a.language() + "\">"), page.body());
            assertTrue(page.body().contains(a.title()), "rendered title of " + a.path());
        }
        long before = System.currentTimeMillis();
        newsroom.publish(fr.path());
        newsroom.publish(en.path());

        JsonNode frDoc = awaitDocument(fr.path());
        JsonNode enDoc = awaitDocument(en.path());
        assertEquals("fr", frDoc.path("language").asText());
        assertEquals("en", enDoc.path("language").asText());
        assertTrue(frDoc.path("version").asLong() >= before, "indexed by this run's distribution request");
        assertEquals(fr.title(), frDoc.path("title").asText());
        for (JsonNode doc : List.of(frDoc, enDoc)) {
            assertFalse(doc.path("entities").isEmpty(), "entities of " + doc.path("id") + ": " + doc);
            assertFalse(doc.path("topics").isEmpty(), "topics of " + doc.path("id") + ": " + doc);
        }
        assertTrue(entityNames(frDoc).contains("Emmanuel Macron"), "entities: " + entityNames(frDoc));
        assertTrue(entityNames(enDoc).contains("Christine Lagarde"), "entities: " + entityNames(enDoc));

        es.post("/" + ALIAS + "/_refresh", null);
        // French stemming: "réformes" finds "réforme"; English: "holding" finds "holds"
        assertEquals(List.of(fr.path()), search("body.fr", "réformes retraites"));
        assertEquals(List.of(en.path()), search("body.en", "holding rates"));

        String slingLog = Files.readString(sling.slingLog(), StandardCharsets.UTF_8);
        assertTrue(slingLog.contains("io.lede.pipeline.PublishWorker Indexed " + fr.path()),
                "Lede logs through Sling's logging into " + sling.slingLog());

        newsroom.unpublish(fr.path());
        Await.until(INDEXED, fr.path() + " to leave the index", () -> document(fr.path()) == null);
        assertEquals(404, sling.http().anonymous().get(fr.path() + ".html").status(),
                "the distribution DELETE removed the page from Sling too");
        es.post("/" + ALIAS + "/_refresh", null);
        assertEquals(List.of(), search("body.fr", "réformes retraites"));
        assertEquals(List.of(en.path()), search("body.en", "holding rates"), "the other article stays");
        assertTrue(Files.readString(sling.slingLog(), StandardCharsets.UTF_8)
                .contains("io.lede.pipeline.PublishWorker Unpublished " + fr.path()));
    }

    private static JsonNode awaitDocument(String id) {
        return Await.value(INDEXED, id + " in the index", () -> document(id));
    }

    private static JsonNode document(String id) {
        JsonNode doc = es.getOrNull("/" + ALIAS + "/_doc/" + URLEncoder.encode(id, StandardCharsets.UTF_8));
        return doc == null || !doc.path("found").asBoolean() ? null : doc.path("_source");
    }

    private static List<String> search(String field, String text) {
        JsonNode hits = es.post("/" + ALIAS + "/_search",
                Map.of("query", Map.of("match", Map.of(field, text)), "_source", List.of("id")));
        List<String> ids = new ArrayList<>();
        hits.path("hits").path("hits").forEach(h -> ids.add(h.path("_id").asText()));
        return ids;
    }

    private static List<String> entityNames(JsonNode doc) {
        List<String> names = new ArrayList<>();
        doc.path("entities").forEach(e -> names.add(e.path("name").asText()));
        return names;
    }

    private static List<JsonNode> ledeComponents(long bundleId) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode c : sling.http().getJson("/system/console/components.json").path("data")) {
            if (c.path("bundleId").asLong() == bundleId) {
                out.add(c);
            }
        }
        return out;
    }

    /** Active or satisfied; a component that only runs once configured (a backfill job) may wait for one. */
    private static boolean isSatisfied(String state) {
        return state.equalsIgnoreCase("active") || state.equalsIgnoreCase("satisfied")
                || state.equalsIgnoreCase("unsatisfied (configuration)") || state.equalsIgnoreCase("no config");
    }

    private static SampleArticle article(String name) {
        try (InputStream in = SlingDistributionIT.class.getResourceAsStream("/io/lede/sling/" + name + ".json")) {
            return EsHttp.json().readValue(in, SampleArticle.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** On failure, the tails of Sling's and the launcher's logs go to the test output. */
    static final class PrintSlingLogsOnFailure implements TestWatcher {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            if (sling != null) {
                System.err.println(sling.diagnostics());
            }
        }
    }
}
