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
import io.lede.testing.TestElasticsearch;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

/** Publishes accepted before the bundle stops are indexed after it starts again: the queue is on disk. */
class RestartSafetyIT {
    private static final String ALIAS = "lede-it-restart";
    private static final int ARTICLES = 40;

    @Test
    void intentsQueuedBeforeABundleStopAreIndexedAfterItsRestart() throws Exception {
        ElasticsearchServer server = TestElasticsearch.get();
        EsHttp es = new EsHttp(server.httpUrl());
        try (PublishTier tier = PublishTier.start();
             LedeInFelix lede = LedeInFelix.start(TestBundles.workDirectory("restart"), server.httpUrl(),
                     tier.baseUrl(), ALIAS, Map.of(), List.of())) {
            List<SampleArticle> samples = SampleArticle.all();
            for (int i = 0; i < ARTICLES; i++) {
                lede.publishInline("restart-" + i, samples.get(i % samples.size()), "2026-11-25T08:00:00Z");
            }
            Bundle bundle = lede.felix().bundle("io.lede.bundle");
            bundle.stop(); // mid-stream: most intents are still queued
            bundle.start();

            Await.until(Duration.ofSeconds(120), "every article accepted before the stop to be indexed", () -> {
                es.getOrNull("/" + ALIAS + "/_refresh");
                JsonNode count = es.getOrNull("/" + ALIAS + "/_count");
                return count != null && count.path("count").asInt() == ARTICLES;
            });
            for (int i = 0; i < ARTICLES; i++) {
                assertEquals("restart-" + i, es.get("/" + ALIAS + "/_doc/restart-" + i).path("_source").path("id").asText());
            }
        }
    }
}
