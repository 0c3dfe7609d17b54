package io.lede.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

/** A stand-in for a CMS publish tier: serves pages by path on a loopback port. */
public final class PublishTier implements AutoCloseable {
    /**
     * One response: status, content type and body; {@code location} for redirects, {@code delayMillis} before the
     * response starts (a slow publish tier).
     */
    public record Page(int status, String contentType, byte[] body, String location, long delayMillis) {
        public Page(int status, String contentType, byte[] body) {
            this(status, contentType, body, null, 0);
        }

        public static Page html(String html) {
            return new Page(200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
        }

        public static Page redirect(String location) {
            return new Page(302, "text/html", new byte[0], location, 0);
        }

        public Page delayedBy(long millis) {
            return new Page(status, contentType, body, location, millis);
        }
    }

    private final HttpServer server;
    private final Map<String, Page> pages = new ConcurrentHashMap<>();

    private PublishTier(HttpServer server) {
        this.server = server;
    }

    public static PublishTier start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        PublishTier tier = new PublishTier(server);
        server.createContext("/", tier::serve);
        server.setExecutor(Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "publish-tier");
            t.setDaemon(true);
            return t;
        }));
        server.start();
        return tier;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Serves {@code page} at {@code path + suffix}, e.g. "/content/site/news/a.html". */
    public void put(String urlPath, Page page) {
        pages.put(urlPath, page);
    }

    public void remove(String urlPath) {
        pages.remove(urlPath);
    }

    private void serve(HttpExchange exchange) throws IOException {
        Page page = pages.get(exchange.getRequestURI().getPath());
        if (page == null) {
            page = new Page(404, "text/html", "<html><body>Not found</body></html>".getBytes(StandardCharsets.UTF_8));
        }
        if (page.delayMillis() > 0) {
            try {
                Thread.sleep(page.delayMillis()); // simulates a slow server, not a test wait
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (page.location() != null) {
            exchange.getResponseHeaders().set("Location", page.location());
        }
        exchange.getResponseHeaders().set("Content-Type", page.contentType());
        exchange.sendResponseHeaders(page.status(), page.body().length == 0 ? -1 : page.body().length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(page.body());
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
