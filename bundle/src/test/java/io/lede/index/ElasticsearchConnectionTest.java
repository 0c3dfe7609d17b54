package io.lede.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** What the client sends, seen by a local HTTP server standing in for a node. */
class ElasticsearchConnectionTest {

    @Test
    void sendsTheApiKeyOrBasicCredentialsItIsConfiguredWith() throws Exception {
        List<String> authorizations = new CopyOnWriteArrayList<>();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            authorizations.add(auth == null ? "" : auth);
            byte[] body = "{\"cluster_name\":\"t\",\"status\":\"green\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.getResponseHeaders().set("X-elastic-product", "Elasticsearch");
            if (auth == null) {
                exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"test\"");
                exchange.sendResponseHeaders(401, -1);
            } else {
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort();
        try {
            try (ElasticsearchConnection apiKey = new ElasticsearchConnection(
                    ElasticsearchSettings.of(url).withApiKey("a2V5OnNlY3JldA=="), new ObjectMapper())) {
                apiKey.isReachable();
            }
            assertEquals("ApiKey a2V5OnNlY3JldA==", authorizations.get(authorizations.size() - 1));

            try (ElasticsearchConnection basic = new ElasticsearchConnection(
                    ElasticsearchSettings.of(url).withBasicAuth("lede", "s3cret"), new ObjectMapper())) {
                basic.isReachable();
            }
            assertEquals("Basic bGVkZTpzM2NyZXQ=", authorizations.get(authorizations.size() - 1));
        } finally {
            server.stop(0);
        }
    }
}
