package io.lede.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.lede.testing.Await;
import io.lede.testing.ElasticsearchServer;
import io.lede.testing.EsHttp;
import io.lede.testing.LedeInFelix;
import io.lede.testing.PublishTier;
import io.lede.testing.SampleArticle;
import io.lede.testing.TestBundles;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

/**
 * The fault run: 2,000 publish, update and unpublish events over a few hundred articles while Elasticsearch is
 * killed (SIGKILL) and restarted twice and the bundle is stopped and started once; at the end the index holds
 * exactly the newest state of every article.
 */
class ElasticsearchOutageIT {
    private static final String ALIAS = "lede-it-outage";
    private static final int ARTICLES = 300;
    private static final int EVENTS = 2000;

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
            int publishes = 0;
            int unpublishes = 0;
            for (int k = 0; k < EVENTS; k++) {
                if (k == 500) {
                    Await.until(Duration.ofSeconds(120), "the pipeline to be indexing",
                            () -> !indexed(es).isEmpty() && !indexed(es).containsKey("unavailable"));
                    node.kill();
                }
                if (k == 800 || k == 1500) {
                    node.start();
                }
                if (k == 1000) {
                    Bundle bundle = lede.felix().bundle("io.lede.bundle");
                    bundle.stop();
                    bundle.start();
                }
                if (k == 1300) {
                    node.kill();
                }
                String id = "outage-" + random.nextInt(ARTICLES);
                String modified = t0.plusSeconds(k).toString();
                if (random.nextInt(4) == 0) {
                    lede.felix().send("io/lede/article/UNPUBLISH", Map.of("id", id, "modified", modified));
                    expected.remove(id);
                    unpublishes++;
                } else {
                    SampleArticle a = samples.get(random.nextInt(samples.size()));
                    String title = "Edition " + k + ": " + a.title();
                    lede.publishInline(id, retitled(a, title), modified);
                    expected.put(id, title);
                    publishes++;
                }
            }
            Await.until(Duration.ofSeconds(300), "the index to equal the newest state of every article",
                    () -> indexed(es).equals(expected));
            System.out.printf("fault run: %d events (%d publishes or updates, %d unpublishes) over %d articles; "
                    + "Elasticsearch killed twice, bundle restarted once; %d live and %d absent at the end, "
                    + "index equal to the expected state%n", EVENTS, publishes, unpublishes, ARTICLES,
                    expected.size(), ARTICLES - expected.size());
            assertEquals(expected, indexed(es));
        }
    }

    private static SampleArticle retitled(SampleArticle a, String title) {
        return new SampleArticle(a.path(), a.language(), a.section(), a.authors(), a.tags(), a.published(), title,
                a.description(), a.paragraphs());
    }

    private static Map<String, String> indexed(EsHttp es) {
        return es.titlesById(ALIAS);
    }
}
