package io.lede.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.UUID;

/** HTTP to a Sling instance: the Sling POST servlet, JSON renderings, distribution requests, the web console. */
public final class SlingHttp {
    private final String baseUrl;
    private final String authorization;
    private static final Duration SETTLING = Duration.ofSeconds(180);
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** A client that authenticates as {@code user} (or anonymous when {@code user} is null). */
    public SlingHttp(String baseUrl, String user, String password) {
        this.baseUrl = baseUrl;
        this.authorization = user == null ? null
                : "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** The same instance as an anonymous reader. */
    public SlingHttp anonymous() {
        return new SlingHttp(baseUrl, null, null);
    }

    public record Response(int status, String body) {
        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    public JsonNode getJson(String path) {
        Response r = get(path);
        if (!r.ok()) {
            throw new IllegalStateException("GET " + path + " -> " + r.status() + ": " + abbreviate(r.body()));
        }
        try {
            return EsHttp.json().readTree(r.body());
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + path + ": not JSON", e);
        }
    }

    /** A form POST (the Sling POST servlet, distribution requests); each key may carry several values. */
    public Response postForm(String path, Map<String, List<String>> fields) {
        StringJoiner body = new StringJoiner("&");
        fields.forEach((name, values) -> values.forEach(v -> body.add(encode(name) + "=" + encode(v))));
        return send(request(path)
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)));
    }

    /** Uploads one file below {@code folder} through the Sling POST servlet (creates an nt:file). */
    public Response upload(String folder, String fileName, byte[] content, String contentType) {
        String boundary = "lede-" + UUID.randomUUID();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String head = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"" + fileName + "\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: " + contentType + "\r\n\r\n";
        out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(folder)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())));
    }

    /** Asks a distribution agent to ADD (publish) or DELETE (unpublish) a path. */
    public Response distribute(String agent, String action, String path) {
        return postForm("/libs/sling/distribution/services/agents/" + agent,
                Map.of("action", List.of(action), "path", List.of(path)));
    }

    /** Whether Sling has settled: the agent resource answers, every bundle is started, the job manager is there. */
    boolean agentReady(String agent) {
        try {
            Response r = sendOnce(request("/libs/sling/distribution/services/agents/" + agent + ".json").GET().build());
            if (!r.ok() || !r.body().contains("\"name\"")) {
                return false;
            }
            // and every bundle started: [total, active, fragments, resolved, installed]
            Response bundles = sendOnce(request("/system/console/bundles.json").GET().build());
            if (!bundles.ok()) {
                return false;
            }
            JsonNode s = EsHttp.json().readTree(bundles.body()).path("s");
            if (s.size() != 5 || s.path(3).asInt() != 0 || s.path(4).asInt() != 0) {
                return false;
            }
            // and the job manager registered: the agent references it and is re-activated when it comes (after the
            // topology settles), which briefly takes the agent and the servlet resolver away
            Response components = sendOnce(request("/system/console/components.json").GET().build());
            if (!components.ok()) {
                return false;
            }
            for (JsonNode c : EsHttp.json().readTree(components.body()).path("data")) {
                if (c.path("name").asText().equals("org.apache.sling.event.impl.jobs.JobManagerImpl")) {
                    String state = c.path("state").asText();
                    return state.equals("active") || state.equals("satisfied");
                }
            }
            return false;
        } catch (IOException | UncheckedIOException e) {
            return false; // not listening yet, or not answering JSON yet
        }
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return b;
    }

    /**
     * Sends; while Sling answers 503 because a core service is (re)starting (servlet resolver, authentication
     * support: it happens for a while after start-up as configurations settle), sends again, up to
     * {@link #SETTLING}. Other answers, 503s of servlets included, are returned as they are.
     */
    private Response send(HttpRequest.Builder request) {
        HttpRequest built = request.build();
        return Await.value(SETTLING, "Sling to serve " + built.method() + " " + built.uri(), () -> {
            Response r = sendOnce(built);
            return r.status() == 503 && r.body().contains("service missing") ? null : r;
        });
    }

    private Response sendOnce(HttpRequest built) {
        try {
            HttpResponse<String> r = client.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(r.statusCode(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(built.method() + " " + built.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String abbreviate(String s) {
        return s.length() <= 600 ? s : s.substring(0, 600) + "...";
    }
}
