package io.lede.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Its own node (not the shared one): crash with kill(), restart on the same data, then stop. */
class ElasticsearchServerLifecycleIT {
    private static ElasticsearchServer server;

    @BeforeAll
    static void startPrivateNode() {
        server = ElasticsearchServer.builder().nodeName("lede-lifecycle").clusterName("lede-lifecycle").start();
    }

    @AfterAll
    static void closeNode() {
        server.close();
    }

    @Test
    void acknowledgedDocumentSurvivesKillAndRestart() {
        String url = server.httpUrl();
        EsHttp es = new EsHttp(url);
        es.put("/lifecycle", Map.of("settings", Map.of("number_of_shards", 1, "number_of_replicas", 0)));
        es.put("/lifecycle/_doc/1?refresh=true", Map.of("title", "survives a crash"));

        server.kill();
        assertFalse(server.isRunning());
        assertThrows(UncheckedIOException.class, () -> es.get("/_cluster/health"), "node still answers after kill()");

        server.start();
        assertEquals(url, server.httpUrl());
        es.get("/_cluster/health/lifecycle?wait_for_status=green&timeout=60s");
        assertEquals("survives a crash", es.get("/lifecycle/_doc/1").path("_source").path("title").asText());

        server.stop();
        assertFalse(server.isRunning());
        assertTrue(ProcessHandle.allProcesses().noneMatch(p -> p.info().commandLine()
                .map(line -> line.contains(server.nodeDir().toString())).orElse(false)),
                "a process of node " + server.nodeName() + " outlived stop()");
    }
}
