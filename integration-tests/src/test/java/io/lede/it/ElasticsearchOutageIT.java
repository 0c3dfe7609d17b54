package io.lede.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.lede.testing.Await;
import io.lede.testing.ElasticsearchServer;
import io.lede.testing.EsHttp;
import io.lede.testing.LedeInFelix;
import io.lede.testing.PublishTier;
import io.lede.testing.SampleArticle;
import io.lede.testing.TestBundles;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Elasticsearch is killed (SIGKILL) while editors keep publishing, updating and unpublishing; after it comes
 * back the index holds exactly the newest state of every article.
 */
class ElasticsearchOutageIT {
    private static final String ALIAS = "lede-it-outage";
    private static final int ARTICLES = 25;
    private static final int EVENTS = 150;

    @Test
    void nothingIsLostWhileElasticsearchIsDown() throws Exception {
        Random random = new Random(42);
        Map<String, String> expected = new TreeMap<>(); // id -> title, absent when unpublished
        List<SampleArticle> samples = SampleArticle.all();
        try (ElasticsearchServer node = ElasticsearchServer.builder().nodeName("lede-outage").start();
             PublishTier tier = PublishTier.start();
             LedeInFelix lede = LedeInFelix.start(TestBundles.workDirectory("outage"), node.httpUrl(), tier.baseUrl(),
                     ALIAS, Map.of(), List.of())) {
            EsHttp es = new EsHttp(node.httpUrl());
            Instant t0 = Instant.parse("2026-11-26T08:00:00Z");
            for (int k = 0; k < EVENTS; k++) {
                if (k == EVENTS / 3) {
                    Await.until(Duration.ofSeconds(120), "the pipeline to be indexing",
                            () -> !indexed(es).isEmpty() && !indexed(es).containsKey("unavailable"));
                    node.kill();
                }
                if (k == 2 * EVENTS / 3) {
                    node.start();
                }
                String id = "outage-" + random.nextInt(ARTICLES);
                String modified = t0.plusSeconds(k).toString();
                if (random.nextInt(4) == 0) {
                    lede.felix().send("io/lede/article/UNPUBLISH", Map.of("id", id, "modified", modified));
                    expected.remove(id);
                } else {
                    SampleArticle a = samples.get(random.nextInt(samples.size()));
                    String title = "Edition " + k + ": " + a.title();
                    lede.publishInline(id, retitled(a, title), modified);
                    expected.put(id, title);
                }
            }
            Await.until(Duration.ofSeconds(180), "the index to equal the newest state of every article",
                    () -> indexed(es).equals(expected));
            System.out.printf("outage run: %d events over %d articles, %d live and %d unpublished at the end%n",
                    EVENTS, ARTICLES, expected.size(), ARTICLES - expected.size());
            assertEquals(expected, indexed(es));
        }
    }

    private static SampleArticle retitled(SampleArticle a, String title) {
        return new SampleArticle(a.path(), a.language(), a.section(), a.authors(), a.tags(), a.published(), title,
                a.description(), a.paragraphs());
    }

    private static Map<String, String> indexed(EsHttp es) {
        Map<String, String> out = new HashMap<>();
        try {
            es.post("/" + ALIAS + "/_refresh", null);
            JsonNode hits = es.post("/" + ALIAS + "/_search", Map.of("size", 1000, "_source", List.of("id", "title")))
                    .path("hits").path("hits");
            hits.forEach(h -> out.put(h.path("_source").path("id").asText(), h.path("_source").path("title").asText()));
        } catch (RuntimeException e) {
            return Map.of("unavailable", String.valueOf(e.getMessage()));
        }
        return new TreeMap<>(out);
    }
}
