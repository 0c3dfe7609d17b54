package io.lede.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/** A small JSON client for Lede's HTTP endpoints in tests, with or without the editor's Basic credentials. */
public final class HttpClientJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String baseUrl;
    private final String authorization;

    private HttpClientJson(String baseUrl, String authorization) {
        this.baseUrl = baseUrl;
        this.authorization = authorization;
    }

    /** @param baseUrl e.g. {@code http://127.0.0.1:PORT} */
    public static HttpClientJson anonymous(String baseUrl) {
        return new HttpClientJson(baseUrl, null);
    }

    public static HttpClientJson basic(String baseUrl, String username, String password) {
        String token = Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        return new HttpClientJson(baseUrl, "Basic " + token);
    }

    /** A status and the body, parsed as JSON when it is JSON (else a text node). */
    public record Answer(int status, JsonNode body, HttpResponse<String> raw) {
    }

    /** GET {@code path} (e.g. {@code /lede/api/search}) with query parameters, each value repeatable. */
    public Answer get(String path, Map<String, List<String>> query) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path, query)).GET());
    }

    public Answer get(String path) throws IOException, InterruptedException {
        return get(path, Map.of());
    }

    /** POST a form ({@code application/x-www-form-urlencoded}). */
    public Answer postForm(String path, Map<String, List<String>> form) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path, Map.of()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form))));
    }

    private Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
        request.timeout(Duration.ofSeconds(60));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        String type = response.headers().firstValue("Content-Type").orElse("");
        JsonNode body = type.startsWith("application/json") && !response.body().isEmpty()
                ? JSON.readTree(response.body()) : JSON.getNodeFactory().textNode(response.body());
        return new Answer(response.statusCode(), body, response);
    }

    private URI uri(String path, Map<String, List<String>> query) {
        String q = encode(query);
        return URI.create(baseUrl + path + (q.isEmpty() ? "" : "?" + q));
    }

    private static String encode(Map<String, List<String>> params) {
        StringJoiner joined = new StringJoiner("&");
        params.forEach((name, values) -> values.forEach(v -> joined.add(
                URLEncoder.encode(name, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8))));
        return joined.toString();
    }
}
