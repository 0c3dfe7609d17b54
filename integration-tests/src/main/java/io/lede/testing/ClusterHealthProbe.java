package io.lede.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * Asks a node whether the cluster is at least yellow. {@code GET /} is no good for this (the minimal build
 * answers 405 to it), so this uses {@code _cluster/health?wait_for_status=yellow}.
 */
final class ClusterHealthProbe {
    private final HttpClient client;
    private final Optional<String> authorization;

    ClusterHealthProbe(HttpClient client, Optional<String> authorization) {
        this.client = client;
        this.authorization = authorization;
    }

    boolean isReady(String baseUrl) {
        HttpRequest.Builder request = HttpRequest
                .newBuilder(URI.create(baseUrl + "/_cluster/health?wait_for_status=yellow&timeout=1s"))
                .timeout(Duration.ofSeconds(5))
                .GET();
        authorization.ifPresent(value -> request.header("Authorization", value));
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false; // not listening yet
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Elasticsearch", e);
        }
    }
}
