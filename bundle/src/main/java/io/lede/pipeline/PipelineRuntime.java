package io.lede.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lede.enrich.Enricher;
import io.lede.enrich.EnrichmentFactory;
import io.lede.index.ArticleDocuments;
import io.lede.index.BulkIndexer;
import io.lede.index.ElasticsearchConnection;
import io.lede.index.IndexLayout;
import io.lede.index.IndexManager;
import io.lede.index.ReindexOptions;
import io.lede.index.ReindexProgress;
import io.lede.index.ReindexTargetWatcher;
import io.lede.index.Reindexer;
import io.lede.parse.TikaParsing;
import io.lede.publish.Publisher;
import io.lede.queue.DurableQueue;
import io.lede.queue.PublishIntent;
import io.lede.queue.QueueFullException;
import io.lede.queue.QueueStats;
import io.lede.source.HttpArticleSource;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running publish pipeline: the durable queue accepts intents at once; models, the Elasticsearch
 * connection and the index are prepared in the background, then the worker drains the queue.
 */
public final class PipelineRuntime implements Publisher, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PipelineRuntime.class);
    /** How long a prepared write may wait for others to share its bulk request. */
    private static final Duration BULK_LINGER = Duration.ofMillis(100);

    private final PipelineSettings settings;
    private final ObjectMapper mapper = new ObjectMapper();
    private final DurableQueue queue;
    private final PipelineMetrics metrics = new PipelineMetrics();
    private final ElasticsearchConnection connection;
    private final ExecutorService enrichPool;
    private final Thread starter;
    private volatile PublishWorker worker;
    private volatile Thread workerThread;
    private volatile TikaParsing tika;
    private volatile Enricher enricher;
    private volatile IndexManager indexes;
    private final ReindexProgress reindexProgress = new ReindexProgress();
    private volatile Thread reindexThread;
    private volatile String startupState = "starting";
    private volatile boolean closed;
    private volatile PipelineServices services;
    private final Map<String, Supplier<String>> backfills = new ConcurrentHashMap<>();

    private PipelineRuntime(PipelineSettings settings) throws IOException {
        this.settings = settings;
        this.queue = new DurableQueue(settings.queueDirectory(), settings.queueCapacity(), mapper, Clock.systemUTC());
        this.connection = new ElasticsearchConnection(settings.elasticsearch(), mapper);
        AtomicInteger n = new AtomicInteger();
        this.enrichPool = Executors.newFixedThreadPool(settings.enrichThreads(), r -> {
            Thread t = new Thread(r, "lede-enrich-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.starter = new Thread(this::prepareAndRun, "lede-start");
        this.starter.setDaemon(true);
    }

    /** Opens the queue (fast) and starts everything else in the background. */
    public static PipelineRuntime start(PipelineSettings settings) throws IOException {
        PipelineRuntime runtime = new PipelineRuntime(settings);
        runtime.starter.start();
        return runtime;
    }

    private void prepareAndRun() {
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(PipelineRuntime.class.getClassLoader());
        try {
            startupState = "loading models";
            tika = TikaParsing.withLimits(settings.parseLimits());
            enricher = EnrichmentFactory.create(settings.enrichment());
            startupState = "preparing index";
            IndexLayout layout = new IndexLayout(settings.alias(), settings.replicas(), mapper);
            indexes = new IndexManager(connection, layout, mapper);
            ensureIndexPatiently(indexes);
            if (closed) {
                return;
            }
            HttpArticleSource pages = new HttpArticleSource(settings.publishBaseUrl(), settings.pageSuffix(),
                    settings.fetchTimeout(), tika, metrics.stages());
            ArticleDocuments documents = new ArticleDocuments(mapper, Clock.systemUTC());
            ReindexTargetWatcher reindexTarget = new ReindexTargetWatcher(connection, layout, Duration.ofSeconds(1),
                    Clock.systemUTC());
            BulkIndexer indexer = new BulkIndexer(connection, settings.alias(), reindexTarget::target);
            PublishProcessor processor = new PublishProcessor(pages, tika, enricher, documents, metrics.stages());
            worker = new PublishWorker(queue, processor::prepare, indexer::write,
                    enrichPool, settings.batchSize(), BULK_LINGER,
                    new Backoff(settings.retryBase(), settings.retryMax(), new Random()),
                    settings.maxAttempts(), metrics, () -> true);
            workerThread = new Thread(worker, "lede-publish-worker");
            workerThread.setDaemon(true);
            workerThread.start();
            services = new PipelineServices(tika, enricher, documents, indexer, pages);
            startupState = "running";
            LOG.info("Lede pipeline running: {} queued intents, index alias {}", queue.stats().intents(),
                    settings.alias());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            if (closed) {
                LOG.info("Lede pipeline stopped before it was ready");
                return;
            }
            startupState = "failed: " + e.getMessage();
            LOG.error("Lede pipeline could not start; publishes stay queued on disk", e);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    private void ensureIndexPatiently(IndexManager indexes) throws InterruptedException {
        Backoff backoff = new Backoff(settings.retryBase(), settings.retryMax(), new Random());
        for (int attempt = 0; !closed; attempt++) {
            try {
                indexes.ensureIndex();
                return;
            } catch (Exception e) {
                Duration delay = backoff.delay(attempt);
                startupState = "waiting for Elasticsearch: " + e.getMessage();
                if (attempt % 10 == 0) {
                    LOG.warn("Cannot prepare index {} ({}); retrying in {} ms: {}", settings.alias(),
                            settings.elasticsearch(), delay.toMillis(), e.toString());
                }
                queue.awaitChange(delay);
            }
        }
    }

    @Override
    public void submit(PublishIntent intent) throws IOException, QueueFullException {
        queue.enqueue(intent);
    }

    /**
     * Starts a zero-downtime reindex of the alias in the background (see {@link Reindexer}); refused while the
     * pipeline is not running yet or another reindex runs. Progress: {@link #reindexProgress()}.
     */
    public synchronized void startReindex(ReindexOptions options) {
        if (closed || !"running".equals(startupState)) {
            throw new IllegalStateException("the pipeline is not running yet (" + startupState + ")");
        }
        Thread running = reindexThread;
        if (running != null && running.isAlive()) {
            throw new IllegalStateException("a reindex is already running: " + reindexProgress.snapshot().message());
        }
        Reindexer reindexer = new Reindexer(connection, indexes, new StoredArticleEnricher(enricher,
                new ArticleDocuments(mapper, Clock.systemUTC())), options, reindexProgress, mapper, Clock.systemUTC());
        Thread thread = new Thread(() -> {
            try {
                reindexer.run();
            } catch (InterruptedException e) {
                LOG.info("Reindex stopped: {}", reindexProgress.snapshot().message());
            }
        }, "lede-reindex");
        thread.setDaemon(true);
        reindexThread = thread;
        thread.start();
    }

    public ReindexProgress.Snapshot reindexProgress() {
        return reindexProgress.snapshot();
    }

    public DurableQueue queue() {
        return queue;
    }

    public QueueStats queueStats() {
        return queue.stats();
    }

    public PipelineMetrics.Snapshot metrics() {
        return metrics.snapshot();
    }

    /** Parsing, enrichment and indexing for side jobs (backfill); null until the pipeline runs. */
    public PipelineServices services() {
        return services;
    }

    /** Whether live publishes are waiting: side jobs hold back meanwhile. */
    public boolean livePublishesPending() {
        return queue.hasPending();
    }

    /** Shows a running backfill's progress line in the status (JMX). */
    public void showBackfill(String name, Supplier<String> progress) {
        backfills.put(name, progress);
    }

    public void hideBackfill(String name) {
        backfills.remove(name);
    }

    /** "name: progress" of each backfill job of this pipeline. */
    public List<String> backfills() {
        return backfills.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue().get()).sorted().toList();
    }

    public String state() {
        return startupState;
    }

    /** The cluster's hosts and authentication kind, without secrets. */
    public String elasticsearchDescription() {
        return settings.elasticsearch().toString();
    }

    public String alias() {
        return settings.alias();
    }

    /** The bundle's one Elasticsearch client, shared with the read side ({@code io.lede.search}). */
    public ElasticsearchConnection connection() {
        return connection;
    }

    public boolean elasticsearchReachable() {
        return connection.isReachable();
    }

    /** Everything status output and health checks need, taken now (asks Elasticsearch whether it answers). */
    public PipelineView view() {
        return new PipelineView(settings.alias(), startupState, elasticsearchReachable(), elasticsearchDescription(),
                queue.stats(), queue.deadLetters(), metrics.snapshot(), Instant.now());
    }

    /** The status document, with the configured secrets masked. */
    public ObjectNode status() {
        return new StatusReport(mapper, List.of(settings.elasticsearch().password(), settings.elasticsearch().apiKey()))
                .toJson(view());
    }

    @Override
    public void close() {
        closed = true;
        PublishWorker w = worker;
        if (w != null) {
            w.stop();
        }
        Thread reindex = reindexThread;
        if (reindex != null) {
            reindex.interrupt();
        }
        starter.interrupt();
        try {
            starter.join(15_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Thread t = workerThread;
        if (t != null) {
            t.interrupt();
            try {
                t.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (reindex != null) {
            try {
                reindex.join(15_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        enrichPool.shutdownNow();
        try {
            enrichPool.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (tika != null) {
            tika.close();
        }
        connection.close();
    }
}
