package io.lede.demo;

import com.fasterxml.jackson.databind.JsonNode;
import io.lede.testing.ElasticsearchServer;
import io.lede.testing.EsHttp;
import io.lede.testing.SampleArticle;
import io.lede.testing.SlingInstance;
import io.lede.testing.SlingNewsroom;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * {@code lede demo --sling}: the same story in a real Apache Sling 12. Starts Elasticsearch and Sling (with
 * Content Distribution and Lede's bundle), installs the article rendering script, writes the sample articles
 * through the Sling POST servlet, publishes them with distribution requests, waits until Lede indexed them,
 * prints the report and where to look (Sling's console and pages, Elasticsearch), and runs until Ctrl-C.
 * Options are those of {@link DemoOptions}.
 */
public final class SlingDemo {
    private final DemoOptions options;
    private final PrintStream out;
    private final PrintStream progress;
    private ElasticsearchServer ownNode;
    private SlingInstance sling;

    private SlingDemo(DemoOptions options, PrintStream out, PrintStream progress) {
        this.options = options;
        this.out = out;
        this.progress = progress;
    }

    public static void main(String[] args) throws Exception {
        int status = run(args, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** @return 0 done, 1 not indexed in time, 2 bad command line (as {@link Demo#run}) */
    public static int run(String[] args, PrintStream out, PrintStream progress)
            throws IOException, InterruptedException {
        DemoOptions options;
        try {
            options = DemoOptions.parse(args);
        } catch (DemoOptions.UsageException e) {
            progress.println("lede demo --sling: " + e.getMessage());
            progress.print(DemoOptions.USAGE);
            return 2;
        }
        if (options == null) {
            out.println("usage: lede demo --sling [options]: the demo in a real Apache Sling 12, published through"
                    + " Sling Content Distribution; the options are:");
            out.print(DemoOptions.USAGE);
            return 0;
        }
        return new SlingDemo(options, out, progress).run();
    }

    private int run() throws IOException, InterruptedException {
        Thread stopOnExit = new Thread(this::stop, "lede-sling-demo-shutdown");
        Runtime.getRuntime().addShutdownHook(stopOnExit);
        try {
            Path root = options.work().orElseGet(DemoDirectory::root);
            String elasticsearchUrl = startElasticsearch(root);
            progress.println("lede demo --sling: starting Apache Sling 12 with Content Distribution and Lede"
                    + " (the first run fetches ~220 bundles from Maven Central)");
            sling = SlingInstance.builder(elasticsearchUrl).work(root.resolve("sling")).indexAlias(options.alias())
                    .build().start();
            SlingNewsroom newsroom = new SlingNewsroom(sling.http(), SlingInstance.AGENT);
            newsroom.installRenderingScript();

            Map<String, Long> versions = new LinkedHashMap<>();
            List<String> pages = new java.util.ArrayList<>();
            for (SampleArticle a : SampleArticle.all()) {
                String path = SlingInstance.CONTENT_ROOT + a.path().substring(a.path().lastIndexOf('/'));
                newsroom.write(path, a);
                long requested = System.currentTimeMillis();
                newsroom.publish(path);
                versions.put(path, requested);
                pages.add(path);
            }
            progress.println("lede demo --sling: " + versions.size()
                    + " articles written and published through the distribution agent;"
                    + " waiting until Lede indexed them");
            EsHttp es = new EsHttp(elasticsearchUrl);
            Map<String, JsonNode> documents;
            try {
                documents = new IndexedArticles(es, options.alias()).await(versions, options.timeout());
            } catch (IndexedArticles.NotIndexedException e) {
                progress.println("lede demo --sling: " + e.getMessage() + " (see " + sling.slingLog() + ")");
                return 1;
            }
            DemoReport report = new DemoReport(out);
            report.articles(options.alias(), documents,
                    "Sling Content Distribution (agent " + SlingInstance.AGENT + ")");
            report.facets(new Facets(es, options.alias()).of(documents.keySet()));
            locations(elasticsearchUrl, pages.get(0));
            out.flush();
            if (!options.once()) {
                progress.println();
                progress.println("lede demo --sling: running; press Ctrl-C to stop Sling and Elasticsearch.");
                new CountDownLatch(1).await(); // until the JVM exits; the shutdown hook stops everything
            }
            return 0;
        } finally {
            stop();
            try {
                Runtime.getRuntime().removeShutdownHook(stopOnExit);
            } catch (IllegalStateException e) {
                // already shutting down: the hook runs (or ran)
            }
        }
    }

    private String startElasticsearch(Path root) {
        if (options.elasticsearch().isPresent()) {
            progress.println("lede demo --sling: using Elasticsearch at " + options.elasticsearch().get());
            return options.elasticsearch().get();
        }
        progress.println("lede demo --sling: starting Elasticsearch (data under " + root.resolve("es") + ")");
        ownNode = ElasticsearchServer.builder().nodeName(DemoStack.NODE_NAME).clusterName(DemoStack.NODE_NAME)
                .workDir(root.resolve("es")).build();
        ownNode.start();
        return ownNode.httpUrl();
    }

    private void locations(String elasticsearchUrl, String samplePage) {
        String s = sling.url();
        out.println();
        out.println("Where things are (Sling user admin, password admin)");
        out.println("   Sling console   " + s + "/system/console/bundles   (Lede: bundle io.lede.bundle)");
        out.println("   Lede components " + s + "/system/console/components   (io.lede.osgi.*)");
        out.println("   Article page    " + s + samplePage + ".html");
        out.println("   Publish again   curl -u admin:admin " + s + "/libs/sling/distribution/services/agents/"
                + SlingInstance.AGENT + " -d action=ADD -d path=" + samplePage);
        out.println("   Unpublish       curl -u admin:admin " + s + "/libs/sling/distribution/services/agents/"
                + SlingInstance.AGENT + " -d action=DELETE -d path=" + samplePage);
        out.println("   Elasticsearch   " + elasticsearchUrl + "/" + options.alias()
                + "/_search?q=body:Ukraine&pretty");
        out.println("   Sling log       " + sling.slingLog() + "   (Lede logs there too)");
    }

    private synchronized void stop() {
        if (sling != null) {
            sling.close();
            sling = null;
        }
        if (ownNode != null) {
            ownNode.close();
            ownNode = null;
        }
    }
}
