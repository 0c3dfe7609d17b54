package io.lede.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lede.api.Article;
import io.lede.backfill.BackfillCheckpoint;
import io.lede.backfill.BackfillFailures;
import io.lede.backfill.BackfillJob;
import io.lede.backfill.BackfillSettings;
import io.lede.backfill.BackfillSource;
import io.lede.backfill.BackfillStatus;
import io.lede.backfill.FolderSource;
import io.lede.backfill.JsonLinesSource;
import io.lede.backfill.PathListSource;
import io.lede.enrich.Enricher;
import io.lede.enrich.EnrichmentFactory;
import io.lede.enrich.EnrichmentFactory.EnrichmentSettings;
import io.lede.index.ArticleDocuments;
import io.lede.index.BulkIndexer;
import io.lede.index.ElasticsearchConnection;
import io.lede.index.ElasticsearchSettings;
import io.lede.index.IndexLayout;
import io.lede.index.IndexManager;
import io.lede.index.ReindexTargetWatcher;
import io.lede.parse.TikaParsing;
import io.lede.source.HttpArticleSource;
import java.io.PrintStream;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * {@code lede backfill}: loads an archive (folder, JSON Lines export or list of CMS paths) into the index with a
 * progress bar; Ctrl-C (or SIGTERM) stops after writing what is in flight, and {@code --resume} continues. The
 * final status is one JSON object on stdout; progress and the failures go to stderr.
 */
final class BackfillCommand {
    static final String USAGE = String.join("\n",
            "  lede backfill --elasticsearch URL[,URL] [--alias A] (--dir D | --jsonl F | --paths F --publish-tier URL)",
            "                [--resume] [--state DIR] [--threads N] [--bulk-count N] [--bulk-mb N] [--replicas N]",
            "                [--max-per-second N] [--progress-seconds S]",
            "                " + ClusterAccess.USAGE,
            "                               index an archive; --resume continues an interrupted run");

    private final PrintStream out;
    private final PrintStream err;
    private final ObjectMapper mapper = new ObjectMapper();

    BackfillCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String[] args) throws Exception {
        BackfillOptions o = BackfillOptions.parse(args);
        if (o.error() != null) {
            err.println("lede backfill: " + o.error());
            err.println("usage:\n" + USAGE);
            return 2;
        }
        ElasticsearchSettings es = o.access.settings(o.elasticsearch, System.getenv());
        err.println("lede backfill: loading models...");
        try (TikaParsing tika = TikaParsing.withDefaults();
             ElasticsearchConnection connection = new ElasticsearchConnection(es, mapper)) {
            IndexLayout layout = new IndexLayout(o.alias, o.replicas, mapper);
            try {
                new IndexManager(connection, layout, mapper).ensureIndex();
            } catch (Exception e) {
                err.println("lede backfill: cannot prepare the index of " + o.alias + " (" + es + "): " + rootCause(e));
                return 1;
            }
            // while a reindex builds a new index (bundle or command line), write there too, as the bundle does
            ReindexTargetWatcher reindexTarget = new ReindexTargetWatcher(connection, layout, Duration.ofSeconds(1),
                    Clock.systemUTC());
            BackfillSource source = source(o, tika);
            Files.createDirectories(o.state);
            BackfillCheckpoint checkpoint = o.resume
                    ? BackfillCheckpoint.resume(o.state.resolve("checkpoint.json"), source.description(), mapper)
                    : BackfillCheckpoint.fresh(o.state.resolve("checkpoint.json"), source.description(), mapper);
            ExecutorService pool = Executors.newFixedThreadPool(o.threads);
            try (BackfillFailures failures = new BackfillFailures(o.state.resolve("failures.jsonl"), mapper, o.resume)) {
                Enricher enricher = EnrichmentFactory.create(EnrichmentSettings.defaults());
                awaitModels(enricher);
                BackfillJob job = new BackfillJob(source, enricher, new ArticleDocuments(mapper, Clock.systemUTC()),
                        new BulkIndexer(connection, o.alias, reindexTarget::target)::write,
                        checkpoint, failures, BackfillSettings.of(o.threads, o.bulkCount, o.bulkBytes,
                                o.maxPerSecond), pool, () -> false, mapper);
                CountDownLatch reported = new CountDownLatch(1);
                Thread hook = stopOnShutdown(job, reported);
                try {
                    double cpuBefore = processCpuSeconds();
                    BackfillStatus status = runWithProgress(job, o);
                    report(status, failures, o, processCpuSeconds() - cpuBefore);
                    return status.failed() == 0 && status.state().equals("done") ? 0 : 1;
                } finally {
                    reported.countDown();
                    removeHook(hook);
                }
            } finally {
                pool.shutdownNow();
                pool.awaitTermination(5, TimeUnit.SECONDS);
            }
        }
    }

    /**
     * Enriches one small article: returns once the models that load in the background are ready, so that the
     * job's clock (and its rate) measures the archive, not the start-up.
     */
    private static void awaitModels(Enricher enricher) {
        enricher.enrich(new Article("lede-warm-up", "", "", "Warm-up", "", "Lede loads its models.", null, null, "",
                List.of(), List.of(), "en"));
    }

    private static String rootCause(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? e.toString() : e.getMessage() + "; cause: " + root;
    }

    private BackfillSource source(BackfillOptions o, TikaParsing tika) {
        if (o.dir != null) {
            return new FolderSource(o.dir, tika);
        }
        if (o.jsonl != null) {
            return new JsonLinesSource(o.jsonl, tika, mapper);
        }
        return new PathListSource(o.paths, new HttpArticleSource(o.publishTier, o.pageSuffix, Duration.ofSeconds(10),
                tika));
    }

    /** Ctrl-C or SIGTERM asks the job to stop; the JVM exits once what was in flight is written and reported. */
    private static Thread stopOnShutdown(BackfillJob job, CountDownLatch reported) {
        Thread hook = new Thread(() -> {
            job.stop();
            try {
                reported.await(120, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "lede-backfill-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        return hook;
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is shutting down: the hook is running and has seen the report
        }
    }

    private BackfillStatus runWithProgress(BackfillJob job, BackfillOptions o) throws InterruptedException {
        try (ProgressPrinter progress = new ProgressPrinter(job::status, err, System.console() != null,
                o.progressSeconds)) {
            progress.start();
            return job.run();
        }
    }

    /** CPU time of this process so far (all threads), or a negative number when the platform cannot tell. */
    private static double processCpuSeconds() {
        return ProcessHandle.current().info().totalCpuDuration().map(d -> d.toMillis() / 1000.0).orElse(-1.0);
    }

    /** @param jobCpuSeconds CPU time of this process while the job ran (all its threads) */
    private void report(BackfillStatus s, BackfillFailures failures, BackfillOptions o, double jobCpuSeconds) {
        err.println("lede backfill: " + s.state() + " in " + BackfillStatus.clock(s.elapsed()) + ": " + s.line());
        List<BackfillFailures.Failure> first = s.failures();
        if (!first.isEmpty()) {
            err.println("lede backfill: failed inputs (all in " + failures.file() + "):");
            first.forEach(f -> err.println("  " + f));
            if (s.failed() > first.size()) {
                err.println("  ... and " + (s.failed() - first.size()) + " more");
            }
        }
        if (s.state().equals("stopped")) {
            err.println("lede backfill: continue with the same command and --resume");
        }
        ObjectNode json = mapper.createObjectNode();
        json.put("source", s.source()).put("state", s.state()).put("alias", o.alias).put("total", s.total())
                .put("indexed", s.indexed()).put("superseded", s.superseded()).put("skipped", s.skipped())
                .put("failed", s.failed()).put("seconds", s.elapsed().toMillis() / 1000.0).put("rate", s.rate())
                .put("cpuSeconds", jobCpuSeconds)
                .put("checkpoint", o.state.resolve("checkpoint.json").toString())
                .put("failuresFile", failures.file().toString());
        var list = json.putArray("failures");
        first.forEach(f -> list.addObject().put("input", f.input()).put("reason", f.reason()));
        out.println(json.toString());
        out.flush();
    }
}
