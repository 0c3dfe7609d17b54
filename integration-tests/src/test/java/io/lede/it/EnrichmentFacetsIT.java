package io.lede.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.lede.testing.Await;
import io.lede.testing.ElasticsearchServer;
import io.lede.testing.EsHttp;
import io.lede.testing.LedeInFelix;
import io.lede.testing.PublishTier;
import io.lede.testing.SampleArticle;
import io.lede.testing.TestBundles;
import io.lede.testing.TestElasticsearch;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Enrichment as the site sees it: the sample stories in five languages, faceted by topic and entity. */
class EnrichmentFacetsIT {
    private static final String ALIAS = "lede-it-enrichment";
    private static final String POLITICS = "medtop:11000000";
    private static final String SPORT = "medtop:15000000";
    private static final String ECONOMY = "medtop:04000000";

    private static PublishTier tier;
    private static LedeInFelix lede;
    private static EsHttp es;

    @BeforeAll
    static void publishSamples() throws Exception {
        ElasticsearchServer server = TestElasticsearch.get();
        es = new EsHttp(server.httpUrl());
        tier = PublishTier.start();
        lede = LedeInFelix.start(TestBundles.workDirectory("facets"), server.httpUrl(), tier.baseUrl(), ALIAS,
                Map.of(), List.of());
        for (String name : SampleArticle.NAMES) {
            lede.publishInline(name, SampleArticle.load(name), "2026-11-24T08:00:00Z");
        }
        Await.until(Duration.ofSeconds(120), "all samples indexed", () -> {
            JsonNode count = es.getOrNull("/" + ALIAS + "/_count");
            return count != null && count.path("count").asInt() == SampleArticle.NAMES.size();
        });
        es.post("/" + ALIAS + "/_refresh", null);
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
    void theFrenchKremlinStoryIsAboutPoliticsNotSport() {
        JsonNode doc = es.get("/" + ALIAS + "/_doc/fr-kremlin-talks").path("_source");
        JsonNode best = doc.path("topics").path(0);
        assertEquals(POLITICS, best.path("ancestors").path(0).asText(), "best topic " + best);
        assertTrue(best.path("evidence").size() > 0, "the topic says why it was given");
        for (JsonNode t : doc.path("topics")) {
            assertTrue(!t.path("ancestors").path(0).asText().equals(SPORT), "no sport topic: " + t);
        }
    }

    @Test
    void levelOneTopicFacetCountsAcrossLanguages() {
        Map<String, Integer> facets = termCounts("topicLevel1");
        assertEquals(3, facets.getOrDefault(POLITICS, 0), "the fr, en and de stories on the talks: " + facets);
        assertEquals(1, facets.getOrDefault(SPORT, 0), "the Spanish football story: " + facets);
        assertEquals(1, facets.getOrDefault(ECONOMY, 0), "the Italian central bank story: " + facets);
    }

    @Test
    void oneEntityIdAcrossLanguagesCountsTheFrenchEnglishAndGermanStoriesTogether() {
        Map<String, Integer> facets = termCounts("entityIds");
        Map<String, String> expected = Map.of("Q7747", "Vladimir Putin", "Q6279", "Joe Biden", "Q159", "Russia",
                "Q212", "Ukraine", "Q7184", "NATO");
        for (Map.Entry<String, String> e : expected.entrySet()) {
            assertEquals(3, facets.getOrDefault(e.getKey(), 0), e.getValue() + " in fr, en and de: " + facets);
        }
    }

    static Map<String, Integer> termCounts(String field) {
        JsonNode buckets = es.post("/" + ALIAS + "/_search", Map.of("size", 0,
                "aggs", Map.of("facet", Map.of("terms", Map.of("field", field, "size", 100)))))
                .path("aggregations").path("facet").path("buckets");
        Map<String, Integer> counts = new HashMap<>();
        buckets.forEach(b -> counts.put(b.path("key").asText(), b.path("doc_count").asInt()));
        return counts;
    }
}
