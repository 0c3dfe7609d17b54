package io.lede.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.osgi.framework.BundleException;

/** Felix with the Lede bundle, configured through ConfigAdmin to index into a given cluster. */
public final class LedeInFelix implements AutoCloseable {
    private final FelixRuntime felix;

    private LedeInFelix(FelixRuntime felix) {
        this.felix = felix;
    }

    /**
     * @param work          framework cache and queue live under here
     * @param pipelineProps extra/overriding properties of the {@code io.lede.pipeline} configuration
     * @param contentRoots  content roots of the AEM and Sling hooks (empty: everything)
     */
    public static LedeInFelix start(Path work, String elasticsearchUrl, String publishTierUrl, String alias,
                                    Map<String, Object> pipelineProps, List<String> contentRoots)
            throws IOException, BundleException {
        Map<String, Object> props = new HashMap<>();
        props.put("elasticsearch.hosts", new String[] {elasticsearchUrl});
        props.put("index.alias", alias);
        props.put("index.replicas", 0);
        props.put("publish.baseUrl", publishTierUrl);
        props.put("queue.directory", work.resolve("queue").toString());
        props.put("queue.retryBaseMillis", 200L);
        props.put("queue.retryMaxMillis", 2000L);
        props.putAll(pipelineProps);
        String[] roots = contentRoots.toArray(String[]::new);
        FelixRuntime felix = FelixRuntime.start(work.resolve("felix"), TestBundles.all(), Map.of(),
                Map.of("io.lede.pipeline", props,
                        "io.lede.hooks.replication", Map.of("contentRoots", roots),
                        "io.lede.hooks.distribution", Map.of("contentRoots", roots)));
        return new LedeInFelix(felix);
    }

    public FelixRuntime felix() {
        return felix;
    }

    /** An AEM replication event as AEM sends it. */
    public void replicate(String type, String path, long modificationMillis) {
        Map<String, Object> props = new HashMap<>();
        props.put("type", type);
        props.put("paths", new String[] {path});
        props.put("userId", "editor");
        props.put("modificationDate", new java.util.Date(modificationMillis));
        felix.send("com/day/cq/replication", props);
    }

    /** Lede's CMS-neutral publish event carrying the article. */
    public void publishInline(String id, SampleArticle a, String modifiedIso) {
        Map<String, Object> props = new HashMap<>();
        props.put("id", id);
        props.put("url", "https://news.example" + a.path());
        props.put("title", a.title());
        props.put("body", a.bodyHtml());
        props.put("published", a.published());
        props.put("modified", modifiedIso);
        props.put("section", a.section());
        props.put("authors", a.authors().toArray(String[]::new));
        props.put("tags", a.tags().toArray(String[]::new));
        props.put("language", a.language());
        felix.send("io/lede/article/PUBLISH", props);
    }

    @Override
    public void close() throws BundleException, InterruptedException {
        felix.close();
    }
}
