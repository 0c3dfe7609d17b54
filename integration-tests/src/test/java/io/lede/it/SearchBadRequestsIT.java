package io.lede.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.lede.testing.Await;
import io.lede.testing.FreePort;
import io.lede.testing.HttpClientJson;
import io.lede.testing.HttpClientJson.Answer;
import io.lede.testing.LedeInFelix;
import io.lede.testing.TestBundles;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every parameter of the read endpoints with a wrong type or out of range gets 400 naming it; unknown parameters
 * too; and with Elasticsearch unreachable (a closed port) a valid request gets 503. No Elasticsearch is needed.
 */
class SearchBadRequestsIT {
    private static LedeInFelix lede;
    private static HttpClientJson http;

    @BeforeAll
    static void start() throws Exception {
        String closed = "http://127.0.0.1:" + FreePort.find();
        lede = LedeInFelix.start(TestBundles.workDirectory("search-bad-requests"), closed, closed,
                "search-bad-requests", Map.of(), List.of(),
                Map.of("io.lede.http", LedeInFelix.editorAccess("editor", "bad-requests-pw", "search", "related"),
                        "io.lede.search", Map.of("maxPageSize", 30, "maxQueryLength", 200)));
        http = HttpClientJson.anonymous(lede.httpBaseUrl());
        Await.until(Duration.ofSeconds(120), "the search endpoint to answer", () -> {
            try {
                return http.get("/lede/api/search", Map.of("page", List.of("0"))).status() == 400;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        });
    }

    @AfterAll
    static void stop() throws Exception {
        if (lede != null) {
            lede.close();
        }
    }

    @Test
    void everyBadSearchParameterIsNamed() throws Exception {
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("page", "0");
        bad.put("size", "31");
        bad.put("ui", "ru");
        bad.put("language", "klingon");
        bad.put("topic", "politics");
        bad.put("entityType", "event");
        bad.put("from", "2026-02-30");
        bad.put("to", "last week");
        bad.put("sort", "popularity");
        bad.put("q", "a".repeat(201));
        bad.put("section", "s".repeat(201));
        bad.put("author", "a".repeat(201));
        bad.put("entity", "e".repeat(201));
        for (Map.Entry<String, String> p : bad.entrySet()) {
            assertBadRequest("/lede/api/search", Map.of(p.getKey(), List.of(p.getValue())), p.getKey());
        }
        assertBadRequest("/lede/api/search", Map.of("page", List.of("two")), "page");
        assertBadRequest("/lede/api/search", Map.of("size", List.of("1.5")), "size");
        assertBadRequest("/lede/api/search", Map.of("page", List.of("101")), "page");
        assertBadRequest("/lede/api/search", Map.of("q", List.of("a", "b")), "q");
        assertBadRequest("/lede/api/search", Map.of("from", List.of("2026-11-20"), "to", List.of("2026-11-01")), "to");
        assertBadRequest("/lede/api/search", Map.of("query", List.of("putin")), "query");
    }

    @Test
    void everyBadRelatedAndEntitiesParameterIsNamed() throws Exception {
        assertBadRequest("/lede/api/related", Map.of(), "id");
        assertBadRequest("/lede/api/related", Map.of("id", List.of("x"), "size", List.of("0")), "size");
        assertBadRequest("/lede/api/related", Map.of("id", List.of("x"), "size", List.of("21")), "size");
        assertBadRequest("/lede/api/related", Map.of("id", List.of("x"), "size", List.of("many")), "size");
        assertBadRequest("/lede/api/related", Map.of("id", List.of("x"), "ui", List.of("xx")), "ui");
        assertBadRequest("/lede/api/related", Map.of("id", List.of("x"), "article", List.of("y")), "article");
        assertBadRequest("/lede/api/entities", Map.of(), "prefix");
        assertBadRequest("/lede/api/entities", Map.of("prefix", List.of("p".repeat(101))), "prefix");
        assertBadRequest("/lede/api/entities", Map.of("prefix", List.of("pou"), "size", List.of("21")), "size");
        assertBadRequest("/lede/api/entities", Map.of("prefix", List.of("pou"), "size", List.of("-1")), "size");
        assertBadRequest("/lede/api/entities", Map.of("prefix", List.of("pou"), "ui", List.of("EN")), "ui");
        assertBadRequest("/lede/api/entities", Map.of("prefix", List.of("pou"), "type", List.of("person")), "type");
    }

    @Test
    void anUnreachableElasticsearchIs503() throws Exception {
        for (String path : List.of("/lede/api/search", "/lede/api/related", "/lede/api/entities")) {
            Map<String, List<String>> ok = switch (path) {
                case "/lede/api/related" -> Map.of("id", List.of("fr-geneve-sommet"));
                case "/lede/api/entities" -> Map.of("prefix", List.of("pou"));
                default -> Map.of("q", List.of("Putin"));
            };
            Answer a = http.get(path, ok);
            assertEquals(503, a.status(), path + ": " + a.body());
            assertTrue(a.body().path("error").asText().contains("unreachable"), a.body().toString());
            assertTrue(a.body().path("parameter").isNull());
        }
    }

    private static void assertBadRequest(String path, Map<String, List<String>> params, String parameter)
            throws Exception {
        Answer a = http.get(path, params);
        JsonNode body = a.body();
        assertEquals(400, a.status(), path + " " + params + ": " + body);
        assertEquals(parameter, body.path("parameter").asText(), body.toString());
        assertTrue(body.path("error").asText().contains(parameter), "the message names the parameter: " + body);
    }
}
