package io.lede.pipeline;

import io.lede.index.IndexAction;
import io.lede.index.IndexOutcome;
import io.lede.queue.DurableQueue;
import io.lede.queue.QueuedIntent;
import io.lede.stages.Stage;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drains the durable queue: keeps up to {@code batchSize} claimed articles being prepared on the enrichment
 * pool, takes each as soon as it is prepared, writes prepared ones in bulk requests (when a bulk is full,
 * after a short linger, or when nothing else is being prepared) and settles each intent — done, retried later
 * with backoff, or dead-lettered after repeated failures of its own. A slow article holds back only itself.
 */
public final class PublishWorker implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(PublishWorker.class);
    private static final Duration IDLE_WAIT = Duration.ofSeconds(5);
    private static final long BUSY_POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(200);

    private final DurableQueue queue;
    private final IntentPreparer preparer;
    private final BulkWriter writer;
    private final Executor pool;
    private final int batchSize;
    private final Backoff backoff;
    private final int maxAttempts;
    private final PipelineMetrics metrics;
    private final BooleanSupplier ready;
    private final BlockingQueue<Prepared> completed = new LinkedBlockingQueue<>();
    /** Claimed articles whose preparation has not reported back, by article id. */
    private final Map<String, QueuedIntent> preparing = new HashMap<>();
    private final ReadyBatch batch;
    private volatile boolean running = true;

    public PublishWorker(DurableQueue queue, IntentPreparer preparer, BulkWriter writer, Executor pool,
                         int batchSize, Duration linger, Backoff backoff, int maxAttempts, PipelineMetrics metrics,
                         BooleanSupplier ready) {
        this.queue = queue;
        this.preparer = preparer;
        this.writer = writer;
        this.pool = pool;
        this.batchSize = batchSize;
        this.batch = new ReadyBatch(batchSize, linger.toNanos());
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
        try {
            while (running && !Thread.currentThread().isInterrupted()) {
                try {
                    step();
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
        } finally {
            releaseUnsettled();
        }
    }

    /** One round: claim what fits, take what was prepared, write a bulk when it is time. */
    void step() throws IOException, InterruptedException {
        if (!ready.getAsBoolean()) {
            queue.awaitChange(IDLE_WAIT);
            return;
        }
        claimMore();
        if (preparing.isEmpty() && batch.isEmpty()) {
            long wait = queue.millisUntilNextDue().orElse(IDLE_WAIT.toMillis());
            queue.awaitChange(Duration.ofMillis(Math.max(10, Math.min(wait, IDLE_WAIT.toMillis()))));
            return;
        }
        long waitNanos = batch.isEmpty() ? BUSY_POLL_NANOS : batch.nanosUntilLingerEnds(System.nanoTime());
        if (!preparing.isEmpty()) {
            for (Prepared p = completed.poll(waitNanos, TimeUnit.NANOSECONDS); p != null; p = completed.poll()) {
                accept(p);
            }
        }
        if (batch.shouldFlush(System.nanoTime(), preparing.isEmpty())) {
            flush();
        }
    }

    private void claimMore() {
        int room = batchSize - preparing.size() - batch.size();
        if (room <= 0) {
            return;
        }
        for (QueuedIntent q : queue.claim(room)) {
            preparing.put(q.intent().articleId(), q);
            pool.execute(() -> completed.add(prepare(q)));
        }
    }

    private Prepared prepare(QueuedIntent q) {
        long t0 = System.nanoTime();
        try {
            return new Prepared(q, preparer.prepare(q.intent()), null, System.nanoTime() - t0);
        } catch (ProcessingException e) {
            return new Prepared(q, null, e, System.nanoTime() - t0);
        } catch (RuntimeException e) {
            return new Prepared(q, null, new ProcessingException("unexpected " + e, false, e), System.nanoTime() - t0);
        }
    }

    private void accept(Prepared p) throws IOException {
        if (preparing.remove(p.intent().intent().articleId()) == null) {
            return; // released meanwhile (journal trouble): it will be claimed again
        }
        metrics.prepareNanos.addAndGet(p.nanos());
        if (p.failure() != null) {
            try {
                fail(p.intent(), p.failure().getMessage(), p.failure().isTransient());
            } catch (IOException | RuntimeException e) {
                queue.release(p.intent());
                throw e;
            }
        } else {
            batch.add(p.intent(), p.action(), System.nanoTime());
        }
    }

    private void flush() throws IOException {
        List<QueuedIntent> intents = batch.intents();
        List<IndexAction> actions = batch.actions();
        batch.clear();
        List<IndexOutcome> outcomes;
        long t0 = System.nanoTime();
        try {
            outcomes = writer.write(actions);
        } catch (RuntimeException e) {
            intents.forEach(queue::release);
            throw e;
        } finally {
            long nanos = System.nanoTime() - t0;
            metrics.bulkNanos.addAndGet(nanos);
            metrics.stages.record(Stage.INDEX, nanos);
            metrics.bulkRequests.incrementAndGet();
        }
        for (int i = 0; i < intents.size(); i++) {
            try {
                settle(intents.get(i), actions.get(i), outcomes.get(i));
            } catch (IOException | RuntimeException e) {
                intents.subList(i, intents.size()).forEach(queue::release);
                throw e;
            }
        }
    }

    private void releaseUnsettled() {
        preparing.values().forEach(queue::release);
        preparing.clear();
        batch.intents().forEach(queue::release);
        batch.clear();
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

    /** What the enrichment pool reports for one claimed article: its write, or why it failed. */
    private record Prepared(QueuedIntent intent, IndexAction action, ProcessingException failure, long nanos) {
    }
}
