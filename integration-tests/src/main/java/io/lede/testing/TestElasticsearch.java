package io.lede.testing;

/**
 * One shared Elasticsearch node per JVM, started lazily on first use and stopped when the JVM exits
 * (by the node's shutdown hook), so every integration test in a run pays the start-up cost once.
 * If it cannot start, later callers get the same failure at once instead of waiting for another timeout.
 */
public final class TestElasticsearch {
    private static ElasticsearchServer shared;
    private static RuntimeException startFailure;

    private TestElasticsearch() {
    }

    public static synchronized ElasticsearchServer get() {
        if (startFailure != null) {
            throw new IllegalStateException("the shared Elasticsearch node failed to start earlier", startFailure);
        }
        if (shared == null || !shared.isRunning()) {
            ElasticsearchServer server = shared != null ? shared
                    : ElasticsearchServer.builder().nodeName("lede-shared").build();
            try {
                server.start();
            } catch (RuntimeException e) {
                startFailure = e;
                throw e;
            }
            shared = server;
        }
        return shared;
    }
}
