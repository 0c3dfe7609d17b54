package io.lede.testing;

/**
 * One shared Elasticsearch node per JVM, started lazily on first use and stopped when the JVM exits
 * (by the node's shutdown hook), so every integration test in a run pays the start-up cost once.
 */
public final class TestElasticsearch {
    private static ElasticsearchServer shared;

    private TestElasticsearch() {
    }

    public static synchronized ElasticsearchServer get() {
        if (shared == null || !shared.isRunning()) {
            ElasticsearchServer server = shared != null ? shared
                    : ElasticsearchServer.builder().nodeName("lede-shared").build();
            server.start();
            shared = server;
        }
        return shared;
    }
}
