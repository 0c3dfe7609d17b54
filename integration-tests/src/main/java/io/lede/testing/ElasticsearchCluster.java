package io.lede.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiFunction;
import java.util.stream.IntStream;

/**
 * Several {@link ElasticsearchServer} nodes forming one cluster over the transport protocol. Nodes are
 * started concurrently because none reaches yellow health before a master is elected by a quorum.
 */
public final class ElasticsearchCluster implements AutoCloseable {
    private final List<ElasticsearchServer> nodes;

    private ElasticsearchCluster(List<ElasticsearchServer> nodes) {
        this.nodes = List.copyOf(nodes);
    }

    /**
     * Builds {@code size} nodes named {@code clusterName-1..n}; {@code customizer} gets each node's builder
     * (already configured for discovery) and its index, e.g. to add security settings.
     */
    public static ElasticsearchCluster start(String clusterName, int size,
            BiFunction<ElasticsearchServer.Builder, Integer, ElasticsearchServer.Builder> customizer) {
        List<String> names = IntStream.rangeClosed(1, size).mapToObj(i -> clusterName + "-" + i).toList();
        List<Integer> transportPorts = IntStream.range(0, size).mapToObj(i -> FreePort.find()).toList();
        List<String> seeds = transportPorts.stream().map(port -> "127.0.0.1:" + port).toList();
        List<ElasticsearchServer> nodes = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            ElasticsearchServer.Builder builder = ElasticsearchServer.builder()
                    .clusterName(clusterName)
                    .nodeName(names.get(i))
                    .ports(FreePort.find(), transportPorts.get(i))
                    .setting("discovery.type", null)
                    .setting("discovery.seed_hosts", seeds)
                    .setting("cluster.initial_master_nodes", names);
            nodes.add(customizer.apply(builder, i).build());
        }
        ElasticsearchCluster cluster = new ElasticsearchCluster(nodes);
        // one thread per node: the common pool may have a single thread on small machines
        ExecutorService starters = Executors.newFixedThreadPool(size);
        try {
            CompletableFuture.allOf(nodes.stream()
                    .map(node -> CompletableFuture.runAsync(node::start, starters))
                    .toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            cluster.close();
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        } finally {
            starters.shutdown();
        }
        return cluster;
    }

    public static ElasticsearchCluster start(String clusterName, int size) {
        return start(clusterName, size, (builder, index) -> builder);
    }

    public List<ElasticsearchServer> nodes() {
        return nodes;
    }

    public ElasticsearchServer node(int index) {
        return nodes.get(index);
    }

    /** HTTP base URLs of all nodes, e.g. for a client that sniffs or round-robins. */
    public List<String> httpUrls() {
        return nodes.stream().map(ElasticsearchServer::httpUrl).toList();
    }

    @Override
    public void close() {
        RuntimeException first = null;
        for (ElasticsearchServer node : nodes) {
            try {
                node.close();
            } catch (RuntimeException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
