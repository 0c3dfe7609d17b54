package io.lede.demo;

import io.lede.testing.ElasticsearchServer;
import io.lede.testing.LedeInFelix;
import io.lede.testing.PublishTier;
import io.lede.testing.SampleArticle;
import io.lede.testing.SamplePages;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.framework.BundleException;

/**
 * Everything the demo runs: Elasticsearch (a private node, unless an existing cluster is given), a publish
 * tier serving the sample pages, and Felix with the Lede bundle configured for both. Closed in reverse order.
 */
final class DemoStack implements AutoCloseable {
    static final String NODE_NAME = "lede-demo";
    static final String SITE = "https://news.example";
    static final String CONTENT_ROOT = "/content/site/news";
    /** The editor of the demo's search page; the password is new for every run. */
    static final String EDITOR = "editor";

    private final String editorPassword = newPassword();

    private final LedeLogFile log;
    private ElasticsearchServer ownNode;
    private String elasticsearchUrl;
    private PublishTier tier;
    private LedeInFelix lede;

    private DemoStack(LedeLogFile log) {
        this.log = log;
    }

    /** Starts the stack; whatever started before a failure is stopped again. */
    static DemoStack start(DemoOptions options, List<SampleArticle> samples, PrintStream progress)
            throws IOException, BundleException, InterruptedException {
        Path root = options.work().orElseGet(DemoDirectory::root);
        DemoStack stack = new DemoStack(LedeLogFile.redirectTo(DemoDirectory.fresh(root.resolve("logs")).resolve("lede.log")));
        try {
            stack.startElasticsearch(options.elasticsearch(), root, progress);
            stack.startTier(samples);
            progress.println("lede demo: starting Felix with the Lede bundle (index alias " + options.alias() + ")");
            stack.lede = LedeInFelix.start(DemoDirectory.fresh(root.resolve("felix")), stack.elasticsearchUrl,
                    stack.tier.baseUrl(), options.alias(), Map.of(), List.of(CONTENT_ROOT),
                    Map.of("io.lede.http", LedeInFelix.editorAccess(EDITOR, stack.editorPassword)));
            return stack;
        } catch (IOException | BundleException | RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    private void startElasticsearch(Optional<String> existing, Path root, PrintStream progress) {
        if (existing.isPresent()) {
            elasticsearchUrl = existing.get();
            progress.println("lede demo: using Elasticsearch at " + elasticsearchUrl);
            return;
        }
        progress.println("lede demo: starting Elasticsearch (node " + NODE_NAME + ", data under " + root.resolve("es") + ")");
        ownNode = ElasticsearchServer.builder().nodeName(NODE_NAME).clusterName(NODE_NAME).workDir(root.resolve("es")).build();
        ownNode.start();
        elasticsearchUrl = ownNode.httpUrl();
    }

    private void startTier(List<SampleArticle> samples) throws IOException {
        tier = PublishTier.start();
        for (SampleArticle a : samples) {
            tier.put(a.path() + ".html", PublishTier.Page.html(SamplePages.render(a, SITE)));
        }
    }

    LedeInFelix lede() {
        return lede;
    }

    String elasticsearchUrl() {
        return elasticsearchUrl;
    }

    /** The search page, {@code http://127.0.0.1:PORT/lede/}. */
    String pageUrl() {
        return lede.httpBaseUrl() + "/lede/";
    }

    String editorPassword() {
        return editorPassword;
    }

    private static String newPassword() {
        byte[] bytes = new byte[12];
        new java.security.SecureRandom().nextBytes(bytes);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    String tierUrl() {
        return tier.baseUrl();
    }

    Path ledeLog() {
        return log.file();
    }

    /** The node's console log, when the demo started its own node. */
    Optional<Path> elasticsearchLog() {
        return Optional.ofNullable(ownNode).map(ElasticsearchServer::consoleLog);
    }

    @Override
    public synchronized void close() throws BundleException, InterruptedException {
        try {
            if (lede != null) {
                lede.close();
                lede = null;
            }
        } finally {
            try {
                if (tier != null) {
                    tier.close();
                    tier = null;
                }
            } finally {
                try {
                    if (ownNode != null) {
                        ownNode.close();
                        ownNode = null;
                    }
                } finally {
                    log.close();
                }
            }
        }
    }
}
