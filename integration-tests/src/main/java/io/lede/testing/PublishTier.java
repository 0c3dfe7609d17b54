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

    /** A large body generated while it is sent, never held in memory. */
    private record Streamed(String contentType, long length, boolean declareLength) {
    }

    private final HttpServer server;
    private final Map<String, Page> pages = new ConcurrentHashMap<>();
    private final Map<String, Streamed> streamed = new ConcurrentHashMap<>();

    private PublishTier(HttpServer server) {
        this.server = server;
    }

    public static PublishTier start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        PublishTier tier = new PublishTier(server);
        server.createContext("/", tier::serve);
        server.setExecutor(Executors.newFixedThreadPool(8, r -> {
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
        streamed.remove(urlPath);
    }

    /**
     * Serves {@code length} bytes of HTML generated on the fly (e.g. a 100 MB page), with a Content-Length header
     * or chunked.
     */
    public void putStreamed(String urlPath, String contentType, long length, boolean declareLength) {
        streamed.put(urlPath, new Streamed(contentType, length, declareLength));
    }

    private void serve(HttpExchange exchange) throws IOException {
        Streamed big = streamed.get(exchange.getRequestURI().getPath());
        if (big != null) {
            stream(exchange, big);
            return;
        }
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

    private static void stream(HttpExchange exchange, Streamed big) throws IOException {
        byte[] chunk = "<p>mot mot mot mot mot mot mot mot mot mot mot mot mot mot</p>\n".repeat(1000)
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", big.contentType());
        exchange.sendResponseHeaders(200, big.declareLength() ? big.length() : 0);
        try (OutputStream out = exchange.getResponseBody()) {
            for (long sent = 0; sent < big.length(); sent += chunk.length) {
                out.write(chunk, 0, (int) Math.min(chunk.length, big.length() - sent));
            }
        } catch (IOException e) {
            // the client stopped reading (Lede's size limit): expected
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
