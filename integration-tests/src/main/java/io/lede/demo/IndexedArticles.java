package io.lede.demo;

import com.fasterxml.jackson.databind.JsonNode;
import io.lede.testing.EsHttp;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

/** The demo's view of the index: waits for published articles and reads them back. */
final class IndexedArticles {
    private static final Duration POLL_INTERVAL = Duration.ofMillis(250);

    private final EsHttp es;
    private final String alias;

    IndexedArticles(EsHttp es, String alias) {
        this.es = es;
        this.alias = alias;
    }

    /** Thrown when not every article was indexed in time; the message names the missing ones. */
    static final class NotIndexedException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        NotIndexedException(String message) {
            super(message);
        }
    }

    /**
     * Polls until every id has a document at least as new as its published version (so that documents left
     * in an existing cluster by an earlier run do not count), then refreshes the alias for searching.
     *
     * @param versions the version (modification time in millis) each id was published with
     * @return the documents' sources, in the order of {@code versions}
     */
    Map<String, JsonNode> await(Map<String, Long> versions, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<String, JsonNode> found = new LinkedHashMap<>();
        while (true) {
            for (Map.Entry<String, Long> v : versions.entrySet()) {
                if (!found.containsKey(v.getKey())) {
                    JsonNode doc = document(v.getKey());
                    if (doc != null && doc.path("version").asLong() >= v.getValue()) {
                        found.put(v.getKey(), doc);
                    }
                }
            }
            if (found.size() == versions.size()) {
                break;
            }
            if (System.nanoTime() > deadline) {
                List<String> missing = new ArrayList<>(versions.keySet());
                missing.removeAll(found.keySet());
                throw new NotIndexedException("timed out after " + timeout.toSeconds() + " s; not indexed: " + missing);
            }
            LockSupport.parkNanos(POLL_INTERVAL.toNanos());
        }
        es.post("/" + alias + "/_refresh", null);
        Map<String, JsonNode> ordered = new LinkedHashMap<>();
        versions.keySet().forEach(id -> ordered.put(id, found.get(id)));
        return ordered;
    }

    private JsonNode document(String id) {
        JsonNode doc = es.getOrNull("/" + alias + "/_doc/" + URLEncoder.encode(id, StandardCharsets.UTF_8));
        return doc != null && doc.path("found").asBoolean() ? doc.path("_source") : null;
    }
}
