package io.lede.pipeline;

import io.lede.index.BulkIndexer;
import io.lede.index.IndexAction;
import io.lede.index.IndexOutcome;
import io.lede.queue.DurableQueue;
import io.lede.queue.QueuedIntent;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drains the durable queue: claims a batch of articles, prepares their index writes on the enrichment
 * pool, writes them in one bulk request and settles each intent — done, retried later with backoff, or
 * dead-lettered after repeated failures of its own.
 */
public final class PublishWorker implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(PublishWorker.class);
    private static final Duration IDLE_WAIT = Duration.ofSeconds(5);

    private final DurableQueue queue;
    private final PublishProcessor processor;
    private final BulkIndexer indexer;
    private final ExecutorService pool;
    private final int batchSize;
    private final Backoff backoff;
    private final int maxAttempts;
    private final PipelineMetrics metrics;
    private final BooleanSupplier ready;
    private volatile boolean running = true;

    public PublishWorker(DurableQueue queue, PublishProcessor processor, BulkIndexer indexer, ExecutorService pool,
                         int batchSize, Backoff backoff, int maxAttempts, PipelineMetrics metrics,
                         BooleanSupplier ready) {
        this.queue = queue;
        this.processor = processor;
        this.indexer = indexer;
        this.pool = pool;
        this.batchSize = batchSize;
        this.backoff = backoff;
        this.maxAttempts = maxAttempts;
        this.metrics = metrics;
        this.ready = ready;
    }

    public void stop() {
        running = false;
    }

    @Override
    public void run() {
        while (running && !Thread.currentThread().isInterrupted()) {
            try {
                if (!ready.getAsBoolean() || !processOneBatch()) {
                    long wait = queue.millisUntilNextDue().orElse(IDLE_WAIT.toMillis());
                    queue.awaitChange(Duration.ofMillis(Math.max(10, Math.min(wait, IDLE_WAIT.toMillis()))));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException e) {
                LOG.error("Publish queue journal cannot be written: {}", e.getMessage(), e);
                metrics.lastError.set("journal: " + e.getMessage());
            } catch (RuntimeException e) {
                LOG.error("Unexpected failure in the publish worker (it keeps running)", e);
                metrics.lastError.set(e.toString());
            }
        }
    }

    /** @return whether there was anything to do */
    boolean processOneBatch() throws IOException, InterruptedException {
        List<QueuedIntent> batch = queue.claim(batchSize);
        if (batch.isEmpty()) {
            return false;
        }
        Set<QueuedIntent> unsettled = new HashSet<>(batch);
        try {
            process(batch, unsettled);
        } finally {
            unsettled.forEach(queue::release); // abandoned half-way (stop, journal trouble): claim again later
        }
        return true;
    }

    private void process(List<QueuedIntent> batch, Set<QueuedIntent> unsettled)
            throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        List<Future<IndexAction>> futures = new ArrayList<>(batch.size());
        for (QueuedIntent q : batch) {
            futures.add(pool.submit(() -> processor.prepare(q.intent())));
        }
        List<QueuedIntent> toWrite = new ArrayList<>();
        List<IndexAction> actions = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            QueuedIntent q = batch.get(i);
            try {
                actions.add(futures.get(i).get());
                toWrite.add(q);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof ProcessingException pe) {
                    fail(q, pe.getMessage(), pe.isTransient());
                } else {
                    fail(q, "unexpected " + cause, false);
                }
                unsettled.remove(q);
            }
        }
        metrics.prepareNanos.addAndGet(System.nanoTime() - t0);
        long t1 = System.nanoTime();
        List<IndexOutcome> outcomes = indexer.write(actions);
        metrics.bulkNanos.addAndGet(System.nanoTime() - t1);
        metrics.bulkRequests.incrementAndGet();
        for (int i = 0; i < toWrite.size(); i++) {
            settle(toWrite.get(i), actions.get(i), outcomes.get(i));
            unsettled.remove(toWrite.get(i));
        }
    }

    private void settle(QueuedIntent q, IndexAction action, IndexOutcome outcome) throws IOException {
        switch (outcome.status()) {
            case APPLIED -> {
                queue.complete(q);
                if (action instanceof IndexAction.Delete) {
                    metrics.deleted.incrementAndGet();
                    LOG.info("Unpublished {}", q.intent().articleId());
                } else {
                    metrics.indexed.incrementAndGet();
                    LOG.info("Indexed {} (version {})", q.intent().articleId(), q.intent().version());
                }
            }
            case SUPERSEDED -> {
                queue.complete(q);
                metrics.superseded.incrementAndGet();
                LOG.info("Skipped {} version {}: the index holds a newer one", q.intent().articleId(),
                        q.intent().version());
            }
            case TRANSIENT -> fail(q, outcome.message(), true);
            case REJECTED -> fail(q, "Elasticsearch rejected the document: " + outcome.message(), false);
        }
    }

    private void fail(QueuedIntent q, String reason, boolean transientFailure) throws IOException {
        metrics.lastError.set(q.intent().articleId() + ": " + reason);
        if (!transientFailure && q.attempts() + 1 >= maxAttempts) {
            metrics.failed.incrementAndGet();
            metrics.deadLettered.incrementAndGet();
            queue.deadLetter(q, reason);
            return;
        }
        Duration delay = backoff.delay(q.attempts());
        metrics.retried.incrementAndGet();
        if (q.attempts() == 0 || q.attempts() % 10 == 0) {
            LOG.warn("{} of {} failed (attempt {}), retrying in {} ms: {}", q.intent().action(),
                    q.intent().articleId(), q.attempts() + 1, delay.toMillis(), reason);
        }
        queue.retryLater(q, reason, delay);
    }
}
