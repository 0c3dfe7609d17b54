package io.lede.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.lede.api.ArticleSourceException;
import io.lede.parse.ParseLimits;
import io.lede.parse.TikaParsing;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpArticleSourceTest {
    private HttpServer server;
    private TikaParsing tika;
    private final CountDownLatch release = new CountDownLatch(1);

    @BeforeEach
    void start() throws IOException {
        tika = TikaParsing.withLimits(new ParseLimits(10_000, 50_000, 100, 20_000));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/stalled.html", ex -> {
            ex.getResponseHeaders().set("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 0);
            OutputStream out = ex.getResponseBody();
            out.write("<html><body><p>Le d\u00e9but".getBytes(StandardCharsets.UTF_8));
            out.flush();
            try {
                release.await(); // the rest never comes while the test runs
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ex.close();
        });
        server.createContext("/big.html", ex -> {
            ex.sendResponseHeaders(200, 1_000_000);
            OutputStream out = ex.getResponseBody();
            out.write(new byte[1000]); // the rest never comes: nothing is read when the declared length is over the limit
            out.flush();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ex.close();
        });
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.stop(0);
        tika.close();
    }

    private HttpArticleSource source() {
        return new HttpArticleSource("http://127.0.0.1:" + server.getAddress().getPort(), "", Duration.ofSeconds(3),
                tika);
    }

    @Test
    void aPageWhoseBodyStallsIsCutOffAfterTheTimeoutAsATransientFailure() {
        ArticleSourceException e = assertThrows(ArticleSourceException.class, () -> source().fetch("/stalled.html"));
        assertTrue(e.getMessage().startsWith("publish tier did not send the whole page"), e.getMessage());
        assertTrue(e.isTransient());
    }

    @Test
    void aPageDeclaringMoreThanTheLimitIsRefusedUnread() {
        ArticleSourceException e = assertThrows(ArticleSourceException.class, () -> source().fetch("/big.html"));
        assertEquals("page " + source().urlOf("/big.html") + " is larger than the limit of 10000 bytes "
                + "(Content-Length 1000000)", e.getMessage());
        assertFalse(e.isTransient());
    }
}
