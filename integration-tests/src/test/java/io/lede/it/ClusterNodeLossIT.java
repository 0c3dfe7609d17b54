package io.lede.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.lede.testing.Await;
import io.lede.testing.ElasticsearchCluster;
import io.lede.testing.ElasticsearchServer;
import io.lede.testing.EsHttp;
import io.lede.testing.LedeInFelix;
import io.lede.testing.PublishTier;
import io.lede.testing.SampleArticle;
import io.lede.testing.TestBundles;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Lede talks to every node of a cluster: when one node dies mid-stream, publishing goes on through the other. */
class ClusterNodeLossIT {
    private static final String ALIAS = "lede-it-cluster";
    private static final int ARTICLES = 60;

    @Test
    void losingANodeMidStreamLosesNothing() throws Exception {
        try (ElasticsearchCluster cluster = ElasticsearchCluster.start("lede-cluster", 2);
             PublishTier tier = PublishTier.start();
             LedeInFelix lede = LedeInFelix.start(TestBundles.workDirectory("cluster"), cluster.httpUrls().get(0),
                     tier.baseUrl(), ALIAS, Map.of("elasticsearch.hosts", cluster.httpUrls().toArray(String[]::new),
                             "index.replicas", 1), List.of())) {
            EsHttp any = new EsHttp(cluster.httpUrls().get(0));
            List<SampleArticle> samples = SampleArticle.all();
            for (int i = 0; i < ARTICLES / 3; i++) {
                lede.publishInline("cluster-" + i, samples.get(i % samples.size()), "2026-11-27T08:00:00Z");
            }
            Await.until(Duration.ofSeconds(120), "the first articles on both copies",
                    () -> green(any) && count(any) > 0);

            String master = any.get("/_cat/master?format=json").path(0).path("node").asText();
            ElasticsearchServer victim = cluster.nodes().stream().filter(n -> !n.nodeName().equals(master))
                    .findFirst().orElseThrow();
            ElasticsearchServer survivor = cluster.nodes().stream().filter(n -> n.nodeName().equals(master))
                    .findFirst().orElseThrow();
            victim.kill();
            for (int i = ARTICLES / 3; i < ARTICLES; i++) {
                lede.publishInline("cluster-" + i, samples.get(i % samples.size()), "2026-11-27T08:00:00Z");
            }

            EsHttp alive = new EsHttp(survivor.httpUrl());
            Await.until(Duration.ofSeconds(180), "every article through the surviving node",
                    () -> count(alive) == ARTICLES);
            assertEquals(ARTICLES, count(alive));
        }
    }

    private static boolean green(EsHttp es) {
        try {
            JsonNode health = es.get("/_cluster/health/" + ALIAS + "?wait_for_status=green&timeout=1s");
            return "green".equals(health.path("status").asText());
        } catch (RuntimeException e) {
            return false; // 404 before the index exists, 408 while the replica is still allocating
        }
    }

    private static int count(EsHttp es) {
        try {
            es.post("/" + ALIAS + "/_refresh", null);
            JsonNode count = es.getOrNull("/" + ALIAS + "/_count");
            return count == null ? -1 : count.path("count").asInt();
        } catch (RuntimeException e) {
            return -1;
        }
    }
}
