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
        return start(work, elasticsearchUrl, publishTierUrl, alias, pipelineProps, contentRoots, Map.of());
    }

    /**
     * @param otherConfigurations further configurations by PID, in place before the bundle starts (e.g.
     *                            {@code io.lede.http} with {@code access.search=public}); see {@link #editorAccess}
     */
    public static LedeInFelix start(Path work, String elasticsearchUrl, String publishTierUrl, String alias,
                                    Map<String, Object> pipelineProps, List<String> contentRoots,
                                    Map<String, Map<String, Object>> otherConfigurations)
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
        Map<String, Map<String, Object>> configurations = new HashMap<>(otherConfigurations);
        configurations.put("io.lede.pipeline", props);
        configurations.put("io.lede.hooks.replication", Map.of("contentRoots", roots));
        configurations.put("io.lede.hooks.distribution", Map.of("contentRoots", roots));
        FelixRuntime felix = FelixRuntime.start(work.resolve("felix"), TestBundles.all(), Map.of(), configurations);
        return new LedeInFelix(felix);
    }

    /**
     * The {@code io.lede.http} configuration of a test: editor credentials, and the given groups
     * ({@code search}, {@code related}, {@code admin}, {@code page}) public.
     */
    public static Map<String, Object> editorAccess(String username, String password, String... publicGroups) {
        Map<String, Object> props = new HashMap<>();
        props.put("editor.username", username);
        props.put("editor.password", password);
        for (String group : publicGroups) {
            props.put("access." + group, "public");
        }
        return props;
    }

    /** {@code http://127.0.0.1:PORT}; Lede's endpoints are under {@code /lede}. */
    public String httpBaseUrl() {
        return felix.httpBaseUrl();
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
