package io.lede.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A browser session over the W3C WebDriver protocol (JSON over HTTP), with just the commands the page tests
 * use. Elements are found afresh for each action, so re-rendered pages never leave stale references behind.
 */
public final class WebDriverSession implements AutoCloseable {
    /** W3C key codes for {@link #type}. */
    public static final String ENTER = "\uE007";
    public static final String ARROW_DOWN = "\uE015";
    public static final String TAB = "\uE004";
    public static final String ESCAPE = "\uE00C";

    private static final String ELEMENT = "element-6066-11e4-a52e-4f735466cecf";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String sessionUrl;

    private WebDriverSession(String sessionUrl) {
        this.sessionUrl = sessionUrl;
    }

    static WebDriverSession create(String driverUrl, Map<String, Object> capabilities) {
        JsonNode value = send("POST", driverUrl + "/session", capabilities);
        return new WebDriverSession(driverUrl + "/session/" + value.path("sessionId").asText());
    }

    /** Sends HTTP Basic credentials with every request of this tab (as a browser does after its login prompt). */
    public void basicAuth(String username, String password) {
        String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        cdp("Network.enable", Map.of());
        cdp("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("Authorization", "Basic " + token)));
    }

    private void cdp(String command, Map<String, Object> params) {
        send("POST", sessionUrl + "/goog/cdp/execute", Map.of("cmd", command, "params", params));
    }

    public void open(String url) {
        send("POST", sessionUrl + "/url", Map.of("url", url));
    }

    public String currentUrl() {
        return send("GET", sessionUrl + "/url", null).asText();
    }

    public void back() {
        send("POST", sessionUrl + "/back", Map.of());
    }

    public void refresh() {
        send("POST", sessionUrl + "/refresh", Map.of());
    }

    /** Clicks the first element matching the CSS selector, as a user would (scrolled into view, real events). */
    public void click(String css) {
        send("POST", sessionUrl + "/element/" + element(css) + "/click", Map.of());
    }

    /** Types into the first element matching the selector (keys such as {@link #ENTER} included). */
    public void type(String css, String keys) {
        send("POST", sessionUrl + "/element/" + element(css) + "/value", Map.of("text", keys));
    }

    public void clear(String css) {
        send("POST", sessionUrl + "/element/" + element(css) + "/clear", Map.of());
    }

    public boolean exists(String css) {
        return !send("POST", sessionUrl + "/elements", Map.of("using", "css selector", "value", css)).isEmpty();
    }

    /** Runs a script in the page; its {@code return} value comes back as JSON. */
    public JsonNode script(String body, Object... args) {
        return send("POST", sessionUrl + "/execute/sync", Map.of("script", body, "args", Arrays.asList(args)));
    }

    /** The trimmed text contents of every element matching the selector, in document order. */
    public List<String> texts(String css) {
        JsonNode values = script("return Array.from(document.querySelectorAll(arguments[0]))"
                + ".map(function (e) { return e.textContent.trim(); });", css);
        List<String> texts = new ArrayList<>();
        values.forEach(v -> texts.add(v.asText()));
        return texts;
    }

    /** The attribute of every element matching the selector, in document order. */
    public List<String> attributes(String css, String attribute) {
        JsonNode values = script("var name = arguments[1]; return Array.from(document.querySelectorAll(arguments[0]))"
                + ".map(function (e) { return e.getAttribute(name); });", css, attribute);
        List<String> out = new ArrayList<>();
        values.forEach(v -> out.add(v.isNull() ? null : v.asText()));
        return out;
    }

    /** The element that has the keyboard focus, described as {@code tag#id.class[data-focus-key]}. */
    public String focused() {
        return script("var e = document.activeElement; return e.tagName.toLowerCase() + '#' + e.id + '.' + e.className"
                + " + '[' + (e.dataset.focusKey || '') + ']';").asText();
    }

    /** Saves a PNG of the viewport. */
    public Path screenshot(Path file) {
        String base64 = send("GET", sessionUrl + "/screenshot", null).asText();
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, Base64.getDecoder().decode(base64));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    public void resize(int width, int height) {
        send("POST", sessionUrl + "/window/rect", Map.of("width", width, "height", height));
    }

    private String element(String css) {
        JsonNode value = send("POST", sessionUrl + "/element", Map.of("using", "css selector", "value", css));
        return value.path(ELEMENT).asText();
    }

    @Override
    public void close() {
        send("DELETE", sessionUrl, null);
    }

    private static JsonNode send(String method, String url, Object body) {
        try {
            HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(EsHttp.json().writeValueAsBytes(body));
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/json; charset=utf-8").method(method, publisher).build();
            HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
            JsonNode json = EsHttp.json().readTree(response.body());
            JsonNode value = json == null ? null : json.path("value");
            if (response.statusCode() != 200) {
                String error = value == null ? "" : value.path("error").asText() + ": " + value.path("message").asText();
                throw new WebDriverException(method + " " + url + " -> " + response.statusCode() + " " + error,
                        value == null ? "" : value.path("error").asText());
            }
            return value;
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** A WebDriver error response; {@link #error()} is the W3C error code such as {@code no such element}. */
    public static final class WebDriverException extends IllegalStateException {
        private static final long serialVersionUID = 1L;
        private final String error;

        WebDriverException(String message, String error) {
            super(message);
            this.error = error;
        }

        public String error() {
            return error;
        }
    }
}
