package io.lede.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Minimal JSON-over-HTTP client for asserting against a real node without the Elasticsearch client. */
public final class EsHttp {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUrl;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    public EsHttp(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public JsonNode get(String path) {
        return send("GET", path, null);
    }

    public JsonNode put(String path, Object body) {
        return send("PUT", path, body);
    }

    public JsonNode post(String path, Object body) {
        return send("POST", path, body);
    }

    public JsonNode delete(String path) {
        return send("DELETE", path, null);
    }

    public static ObjectMapper json() {
        return JSON;
    }

    /** GET that answers null for a 404 (a document that is not there) or a 503 (its shard not started yet). */
    public JsonNode getOrNull(String path) {
        try {
            return get(path);
        } catch (NotFound e) {
            return null;
        }
    }

    /**
     * After a refresh, the title of every article behind {@code alias} by article id (up to 10,000); while the node
     * cannot answer, a single entry {@code "unavailable"} with the reason, so that a poll can go on waiting.
     */
    public Map<String, String> titlesById(String alias) {
        Map<String, String> out = new TreeMap<>();
        try {
            post("/" + alias + "/_refresh", null);
            JsonNode hits = post("/" + alias + "/_search", Map.of("size", 10000, "_source", List.of("id", "title")))
                    .path("hits").path("hits");
            hits.forEach(h -> out.put(h.path("_source").path("id").asText(), h.path("_source").path("title").asText()));
        } catch (RuntimeException e) {
            return Map.of("unavailable", String.valueOf(e.getMessage()));
        }
        return out;
    }

    /** Thrown for HTTP 404 and 503: nothing there (yet). */
    public static final class NotFound extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        NotFound(String message) {
            super(message);
        }
    }

    private JsonNode send(String method, String path, Object body) {
        try {
            HttpRequest.BodyPublisher publisher = body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body));
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/json")
                    .method(method, publisher)
                    .build();
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 404 || response.statusCode() == 503) {
                throw new NotFound(method + " " + path + " -> " + response.statusCode() + ": " + response.body());
            }
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(method + " " + path + " -> " + response.statusCode() + ": " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
