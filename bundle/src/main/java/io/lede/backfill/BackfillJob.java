package io.lede.backfill;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lede.enrich.Enricher;
import io.lede.index.ArticleDocuments;
import io.lede.index.IndexAction;
import io.lede.index.IndexOutcome;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads an archive into the index: a reader thread streams the inputs not yet done, the worker pool loads and
 * enriches them (at most {@link BackfillSettings#maxInFlight()} at once), and the thread that calls {@link #run()}
 * writes them in bulk requests sized by count and bytes, then records them in the checkpoint. Each write carries
 * the article's own version ({@code external_gte}), so writing an input again changes nothing and a newer live
 * publish is never overwritten.
 */
public final class BackfillJob {
    private static final Logger LOG = LoggerFactory.getLogger(BackfillJob.class);
    private static final long LIVE_PAUSE_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

    private final BackfillSource source;
    private final Enricher enricher;
    private final ArticleDocuments documents;
    private final BulkWriter indexer;
    private final BackfillCheckpoint checkpoint;
    private final BackfillFailures failures;
    private final BackfillSettings settings;
    private final ExecutorService pool;
    private final BooleanSupplier livePending;
    private final ObjectMapper mapper;

    private final Semaphore permits;
    private final Pacer pacer;
    private final BlockingQueue<Prepared> results = new LinkedBlockingQueue<>();
    private final AtomicLong outstanding = new AtomicLong();
    private final AtomicLong total = new AtomicLong(-1);
    private final AtomicLong skipped = new AtomicLong();
    private final AtomicLong indexed = new AtomicLong();
    private final AtomicLong superseded = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong leftForResume = new AtomicLong();
    private volatile boolean stopRequested;
    private volatile boolean readerDone;
    private volatile String readerFailure;
    private volatile String state = "not started";
    private volatile long startNanos;
    private volatile long endNanos;

    /** A loaded and enriched input ready to write, or the reason it could not be. */
    private record Prepared(BackfillItem item, IndexAction.Upsert action, long bytes, String failure,
                            boolean transientFailure) {
        static Prepared failed(BackfillItem item, String reason, boolean transientFailure) {
            return new Prepared(item, null, 0, reason, transientFailure);
        }
    }

    /**
     * @param pool        the enrichment workers (owned by the caller)
     * @param livePending true while live publishes wait: the reader then holds back, so they go first
     */
    public BackfillJob(BackfillSource source, Enricher enricher, ArticleDocuments documents, BulkWriter indexer,
                       BackfillCheckpoint checkpoint, BackfillFailures failures, BackfillSettings settings,
                       ExecutorService pool, BooleanSupplier livePending, ObjectMapper mapper) {
        this.source = source;
        this.enricher = enricher;
        this.documents = documents;
        this.indexer = indexer;
        this.checkpoint = checkpoint;
        this.failures = failures;
        this.settings = settings;
        this.pool = pool;
        this.livePending = livePending;
        this.mapper = mapper;
        this.permits = new Semaphore(settings.maxInFlight());
        this.pacer = Pacer.perSecond(settings.maxPerSecond());
    }

    /** Asks the job to stop: nothing new is read, what is in flight is written and checkpointed. */
    public void stop() {
        stopRequested = true;
    }

    /** Runs the backfill to its end (or until {@link #stop()}) and returns the final status. */
    public BackfillStatus run() {
        startNanos = System.nanoTime();
        state = "running";
        LOG.info("Backfill of {} started ({} inputs already done)", source.description(), checkpoint.doneCount());
        Thread counter = daemon(this::count, "lede-backfill-count");
        Thread reader = daemon(this::read, "lede-backfill-read");
        counter.start();
        reader.start();
        try {
            write();
        } catch (InterruptedException e) {
            stopRequested = true;
            Thread.currentThread().interrupt();
        }
        try {
            checkpoint.save();
        } catch (IOException e) {
            LOG.error("Cannot save the backfill checkpoint: {}", e.getMessage());
        }
        counter.interrupt();
        endNanos = System.nanoTime();
        state = readerFailure != null ? "failed: " + readerFailure : stopRequested ? "stopped" : "done";
        BackfillStatus status = status();
        LOG.info("Backfill of {} {}: {}", source.description(), state, status.line());
        if (leftForResume.get() > 0) {
            LOG.info("Backfill of {}: {} inputs in flight at the stop are left for the resume", source.description(),
                    leftForResume.get());
        }
        return status;
    }

    public BackfillStatus status() {
        long end = endNanos != 0 ? endNanos : System.nanoTime();
        Duration elapsed = startNanos == 0 ? Duration.ZERO : Duration.ofNanos(end - startNanos);
        long thisRun = indexed.get() + superseded.get() + failed.get();
        double seconds = elapsed.toNanos() / 1e9;
        double rate = seconds > 0 ? thisRun / seconds : 0;
        long t = total.get();
        long left = t < 0 ? -1 : Math.max(0, t - skipped.get() - thisRun);
        Duration eta = left < 0 || rate <= 0 ? null : Duration.ofSeconds((long) Math.ceil(left / rate));
        String s = stopRequested && endNanos == 0 ? "stopping" : state;
        return new BackfillStatus(source.description(), s, t, skipped.get(), indexed.get(), superseded.get(),
                failed.get(), elapsed, rate, eta, failures.first());
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    private void count() {
        try {
            total.set(source.count());
        } catch (IOException e) {
            LOG.warn("Cannot count the inputs of {}: {}", source.description(), e.getMessage());
        }
    }

    private void read() {
        try (ItemReader reader = source.open()) {
            for (BackfillItem item; !stopRequested && (item = reader.next()) != null; ) {
                if (checkpoint.isDone(item.ordinal())) {
                    checkpoint.verify(item);
                    skipped.incrementAndGet();
                    continue;
                }
                if (!submit(item)) {
                    break;
                }
            }
        } catch (IOException e) {
            readerFailure = "cannot read " + source.description() + ": " + e.getMessage();
            LOG.error("Backfill stopped: {}", readerFailure);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            readerDone = true;
        }
    }

    /** @return false when the job is stopping */
    private boolean submit(BackfillItem item) throws InterruptedException {
        yieldToLivePublishes();
        if (!pacer.awaitTurn(() -> stopRequested)) {
            return false;
        }
        while (!permits.tryAcquire(100, TimeUnit.MILLISECONDS)) {
            if (stopRequested) {
                return false;
            }
        }
        if (stopRequested) {
            permits.release();
            return false;
        }
        outstanding.incrementAndGet();
        try {
            pool.execute(() -> {
                Prepared p = null;
                try {
                    // up to maxInFlight inputs wait in the pool: each one yields again, not only the reader
                    yieldToLivePublishes();
                    p = prepare(item);
                } finally {
                    results.add(p != null ? p : Prepared.failed(item, "unexpected error while loading", false));
                }
            });
        } catch (RejectedExecutionException e) {
            outstanding.decrementAndGet();
            permits.release();
            stopRequested = true;
            return false;
        }
        return true;
    }

    /** Waits while live publishes wait, so that they get the cores (and Elasticsearch) first. */
    private void yieldToLivePublishes() {
        while (!stopRequested && livePending.getAsBoolean()) {
            LockSupport.parkNanos(LIVE_PAUSE_NANOS);
        }
    }

    /** A failure while the job stops may come from the stop itself (parser or cluster closing): the resume retries it. */
    private Prepared prepare(BackfillItem item) {
        LoadedArticle loaded;
        try {
            loaded = source.load(item);
        } catch (BackfillException e) {
            return Prepared.failed(item, e.getMessage(), e.isTransient() || stopRequested);
        } catch (RuntimeException e) {
            return Prepared.failed(item, "cannot load: " + e, stopRequested);
        }
        try {
            var document = documents.toDocument(enricher.enrich(loaded.article()), loaded.version());
            long bytes = mapper.writeValueAsBytes(document).length;
            return new Prepared(item, new IndexAction.Upsert(loaded.article().id(), loaded.version(), document), bytes,
                    null, false);
        } catch (JsonProcessingException | RuntimeException e) {
            return Prepared.failed(item, "enrichment of " + loaded.article().id() + " failed: " + e, stopRequested);
        }
    }

    private void write() throws InterruptedException {
        List<Prepared> batch = new ArrayList<>();
        long batchBytes = 0;
        long flushAfterMillis = settings.flushAfter().toMillis();
        while (true) {
            Prepared p = results.poll(flushAfterMillis, TimeUnit.MILLISECONDS);
            if (p == null) {
                if (!batch.isEmpty()) {
                    flush(batch);
                    batch = new ArrayList<>();
                    batchBytes = 0;
                } else if (readerDone && outstanding.get() == 0) {
                    return;
                }
                continue;
            }
            if (p.failure() != null) {
                settleFailure(p);
                continue;
            }
            if (!batch.isEmpty() && batchBytes + p.bytes() > settings.bulkBytes()) {
                flush(batch);
                batch = new ArrayList<>();
                batchBytes = 0;
            }
            batch.add(p);
            batchBytes += p.bytes();
            if (batch.size() >= settings.bulkCount()) {
                flush(batch);
                batch = new ArrayList<>();
                batchBytes = 0;
            }
        }
    }

    private void flush(List<Prepared> batch) throws InterruptedException {
        yieldToLivePublishes();
        List<Prepared> pending = batch;
        for (int attempt = 1; !pending.isEmpty(); attempt++) {
            List<IndexOutcome> outcomes = indexer.write(pending.stream().map(p -> (IndexAction) p.action()).toList());
            List<Prepared> retry = new ArrayList<>();
            String lastTransient = "";
            for (int i = 0; i < pending.size(); i++) {
                Prepared p = pending.get(i);
                IndexOutcome o = outcomes.get(i);
                switch (o.status()) {
                    case APPLIED -> settled(p, indexed);
                    case SUPERSEDED -> settled(p, superseded);
                    case REJECTED -> settleFailure(Prepared.failed(p.item(),
                            "Elasticsearch rejected " + p.action().id() + ": " + o.message(), false));
                    case TRANSIENT -> {
                        retry.add(p);
                        lastTransient = o.message();
                    }
                }
            }
            pending = retry;
            if (!pending.isEmpty()) {
                if (attempt >= settings.bulkAttempts() || stopRequested) {
                    for (Prepared p : pending) {
                        settleFailure(Prepared.failed(p.item(), "not written (" + lastTransient + ")", true));
                    }
                    break;
                }
                long wait = settings.retryBase().toMillis() << Math.min(attempt - 1, 5);
                LOG.warn("Bulk of {} backfill documents not written ({}); attempt {} of {} in {} ms", pending.size(),
                        lastTransient, attempt + 1, settings.bulkAttempts(), wait);
                TimeUnit.MILLISECONDS.sleep(wait);
            }
        }
        try {
            checkpoint.save();
        } catch (IOException e) {
            LOG.error("Cannot save the backfill checkpoint: {}", e.getMessage());
        }
    }

    private void settled(Prepared p, AtomicLong counter) {
        checkpoint.markDone(p.item());
        counter.incrementAndGet();
        release();
    }

    /**
     * A failure is recorded; unless it may pass (then a resume tries the input again), the input is done. While the
     * job stops, inputs that may pass are only left for the resume, without a failure each.
     */
    private void settleFailure(Prepared p) {
        if (p.transientFailure() && stopRequested) {
            LOG.debug("Backfill input {} left for the resume: {}", p.item().label(), p.failure());
            leftForResume.incrementAndGet();
            release();
            return;
        }
        String reason = p.transientFailure() ? p.failure() + " (tried again on resume)" : p.failure();
        LOG.error("Backfill input {} failed: {}", p.item().label(), reason);
        try {
            failures.add(p.item().label(), reason);
        } catch (IOException e) {
            LOG.error("Cannot write the failures file {}: {}", failures.file(), e.getMessage());
        }
        if (!p.transientFailure()) {
            checkpoint.markDone(p.item());
        }
        failed.incrementAndGet();
        release();
    }

    private void release() {
        outstanding.decrementAndGet();
        permits.release();
    }
}
