package io.lede.demo;

import com.fasterxml.jackson.databind.JsonNode;
import io.lede.testing.EsHttp;
import io.lede.testing.SampleArticle;
import java.io.IOException;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.osgi.framework.BundleException;

/**
 * {@code lede demo}: the whole pipeline on the project's sample articles. Starts Elasticsearch, a publish tier
 * and Felix with the Lede bundle, publishes every sample through the AEM replication hook (path only, so Lede
 * fetches the page from the tier), waits until all are indexed, prints a report and keeps running until
 * Ctrl-C, or exits at once with {@code --once}.
 */
public final class Demo {
    private final DemoOptions options;
    private final PrintStream out;
    private final PrintStream progress;

    Demo(DemoOptions options, PrintStream out, PrintStream progress) {
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

    /**
     * Runs the demo; with {@code --once} returns when the report is printed, otherwise only on failure.
     *
     * @return the exit status: 0 done, 1 articles not indexed in time, 2 bad command line
     */
    public static int run(String[] args, PrintStream out, PrintStream progress)
            throws IOException, BundleException, InterruptedException {
        DemoOptions options;
        try {
            options = DemoOptions.parse(args);
        } catch (DemoOptions.UsageException e) {
            progress.println("lede demo: " + e.getMessage());
            progress.print(DemoOptions.USAGE);
            return 2;
        }
        if (options == null) {
            out.print(DemoOptions.USAGE);
            return 0;
        }
        return new Demo(options, out, progress).run();
    }

    private int run() throws IOException, BundleException, InterruptedException {
        List<SampleArticle> samples = SampleArticle.all();
        DemoStack stack = DemoStack.start(options, samples, progress);
        Thread stopOnExit = new Thread(() -> stopQuietly(stack), "lede-demo-shutdown");
        Runtime.getRuntime().addShutdownHook(stopOnExit);
        try {
            EsHttp es = new EsHttp(stack.elasticsearchUrl());
            Map<String, Long> versions = publish(stack, samples);
            progress.println("lede demo: published " + versions.size() + " articles; waiting until they are indexed");
            Map<String, JsonNode> documents;
            try {
                documents = new IndexedArticles(es, options.alias()).await(versions, options.timeout());
            } catch (IndexedArticles.NotIndexedException e) {
                progress.println("lede demo: " + e.getMessage() + " (see " + stack.ledeLog() + ")");
                return 1;
            }
            DemoReport report = new DemoReport(out);
            report.articles(options.alias(), documents);
            report.facets(new Facets(es, options.alias()).of(documents.keySet()));
            report.locations(stack.elasticsearchUrl(), options.alias(), stack.ledeLog(), stack.elasticsearchLog(),
                    stack.tierUrl(), samples.get(0).path());
            report.searchPage(stack.pageUrl(), DemoStack.EDITOR, stack.editorPassword());
            out.flush();
            if (!options.once()) {
                progress.println();
                progress.println("lede demo: running; press Ctrl-C to stop Felix, the publish tier and Elasticsearch.");
                new CountDownLatch(1).await(); // until the JVM exits; the shutdown hook stops the stack
            }
            return 0;
        } finally {
            stack.close();
            removeHook(stopOnExit);
        }
    }

    /** Publishes each sample as AEM does: a replication event carrying only the path and modification time. */
    private static Map<String, Long> publish(DemoStack stack, List<SampleArticle> samples) {
        Map<String, Long> versions = new LinkedHashMap<>();
        long modified = System.currentTimeMillis();
        for (SampleArticle a : samples) {
            stack.lede().replicate("ACTIVATE", a.path(), modified);
            versions.put(a.path(), modified);
        }
        return versions;
    }

    private void stopQuietly(DemoStack stack) {
        try {
            stack.close();
            progress.println("lede demo: stopped");
        } catch (BundleException e) {
            progress.println("lede demo: stopping Felix failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down and the hook runs (or ran)
        }
    }
}
