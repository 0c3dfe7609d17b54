package io.lede.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.lede.testing.Await;
import io.lede.testing.ElasticsearchServer;
import io.lede.testing.EsHttp;
import io.lede.testing.HttpClientJson;
import io.lede.testing.HttpClientJson.Answer;
import io.lede.testing.LedeInFelix;
import io.lede.testing.PublishTier;
import io.lede.testing.PublishTier.Page;
import io.lede.testing.SampleArticle;
import io.lede.testing.SamplePages;
import io.lede.testing.TestBundles;
import io.lede.testing.TestElasticsearch;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The operators' endpoints through Felix HTTP Jetty: {@code /lede/api/status} and
 * {@code /lede/api/dead-letters/<seq>} are editor-only by default; a dead letter retried over HTTP gets indexed.
 */
class StatusHttpIT {
    private static final String ALIAS = "lede-it-status-http";
    private static final String PASSWORD = "st4tus-Editor-pw";
    private static final Duration WAIT = Duration.ofSeconds(180);

    @Test
    void statusAndDeadLetterRetryOverHttpForEditorsOnly() throws Exception {
        ElasticsearchServer server = TestElasticsearch.get();
        EsHttp es = new EsHttp(server.httpUrl());
        try (PublishTier tier = PublishTier.start();
             LedeInFelix lede = LedeInFelix.start(TestBundles.workDirectory("status-http"), server.httpUrl(),
                     tier.baseUrl(), ALIAS, Map.of("queue.maxAttempts", 1), List.of(),
                     Map.of("io.lede.http", LedeInFelix.editorAccess("editor", PASSWORD)))) {
            HttpClientJson anonymous = HttpClientJson.anonymous(lede.httpBaseUrl());
            HttpClientJson editor = HttpClientJson.basic(lede.httpBaseUrl(), "editor", PASSWORD);
            Await.until(WAIT, "the pipeline to run", () -> "running".equals(status(editor).path("state").asText()));
            // status() gives a missing node, never null, while the endpoint is not up yet

            Answer refused = anonymous.get("/lede/api/status");
            assertEquals(401, refused.status());
            assertTrue(refused.raw().headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));

            String path = "/content/site/news/2026/not-yet-there";
            lede.replicate("ACTIVATE", path, System.currentTimeMillis());
            JsonNode letter = Await.value(WAIT, "a dead letter for " + path, () -> {
                for (JsonNode item : status(editor).path("deadLetters").path("items")) {
                    if (item.path("articleId").asText().equals(path)) {
                        return item;
                    }
                }
                return null;
            });
            assertTrue(letter.path("reason").asText().contains("HTTP 404"), letter.toString());
            JsonNode doc = status(editor);
            assertTrue(doc.path("elasticsearch").path("reachable").asBoolean());
            assertEquals("WARN", doc.path("health").path("status").asText(), "a dead letter waits: " + doc);
            assertTrue(doc.path("stages").has("fetch"), "stage latencies present");

            String retryPath = "/lede/api/dead-letters/" + letter.path("seq").asLong();
            Map<String, List<String>> retry = Map.of("action", List.of("retry"));
            assertEquals(401, anonymous.postForm(retryPath, retry).status());
            assertEquals(400, editor.postForm(retryPath, Map.of("action", List.of("delete"))).status());

            SampleArticle fr = SampleArticle.load("fr-kremlin-talks");
            SampleArticle moved = new SampleArticle(path, fr.language(), fr.section(), fr.authors(), fr.tags(),
                    fr.published(), fr.title(), fr.description(), fr.paragraphs());
            tier.put(path + ".html", Page.html(SamplePages.render(moved, "https://news.example")));
            Answer retried = editor.postForm(retryPath, retry);
            assertEquals(200, retried.status(), retried.body().toString());
            assertTrue(retried.body().path("done").asBoolean());
            Await.until(WAIT, "the retried article to be indexed", () -> {
                JsonNode d = es.getOrNull("/" + ALIAS + "/_doc/" + URLEncoder.encode(path, StandardCharsets.UTF_8));
                return d != null && d.path("found").asBoolean();
            });
            assertEquals(404, editor.postForm(retryPath, retry).status(), "no longer a dead letter");
            JsonNode after = status(editor);
            assertEquals(0, after.path("deadLetters").path("count").asInt());
            assertFalse(after.toString().contains(PASSWORD));
        }
    }

    private static JsonNode status(HttpClientJson client) {
        try {
            Answer a = client.get("/lede/api/status");
            return a.status() == 200 ? a.body() : MissingNode.getInstance();
        } catch (IOException e) {
            return MissingNode.getInstance();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return MissingNode.getInstance();
        }
    }
}
