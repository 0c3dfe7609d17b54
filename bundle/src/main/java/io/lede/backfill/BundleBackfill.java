package io.lede.backfill;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.lede.pipeline.PipelineRuntime;
import io.lede.pipeline.PipelineServices;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A backfill running inside the bundle beside the live publishes: it waits until the pipeline runs, takes its
 * parsing, enrichment and bulk indexer, and runs on its own low-priority threads, holding back while publishes
 * wait in the queue. Its checkpoint and failures file live in {@code stateDir}; its progress line shows in the
 * pipeline's status.
 */
public final class BundleBackfill {
    private static final Logger LOG = LoggerFactory.getLogger(BundleBackfill.class);

    private final BackfillSpec spec;
    private final PipelineRuntime runtime;
    private final Path stateDir;
    private final ObjectMapper mapper = new ObjectMapper();
    private final ExecutorService pool;
    private final Thread runner;
    private volatile boolean stopped;
    private volatile BackfillJob job;
    private volatile String problem;

    public BundleBackfill(BackfillSpec spec, PipelineRuntime runtime, Path stateDir) {
        this.spec = spec;
        this.runtime = runtime;
        this.stateDir = stateDir;
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(spec.threads(), r -> lowPriority(r, "lede-backfill-" + spec.name()
                + "-" + n.incrementAndGet()));
        this.runner = lowPriority(this::run, "lede-backfill-" + spec.name());
    }

    private static Thread lowPriority(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.setContextClassLoader(BundleBackfill.class.getClassLoader());
        return t;
    }

    public BackfillSpec spec() {
        return spec;
    }

    public void start() {
        runtime.showBackfill(spec.name(), () -> "waiting for the pipeline");
        runner.start();
    }

    private void run() {
        PipelineServices services;
        while ((services = runtime.services()) == null) {
            if (stopped) {
                return;
            }
            try {
                TimeUnit.MILLISECONDS.sleep(200);
            } catch (InterruptedException e) {
                return;
            }
        }
        try {
            BackfillSource source = source(services);
            Path checkpointFile = stateDir.resolve("checkpoint.json");
            BackfillCheckpoint checkpoint = spec.resume()
                    ? BackfillCheckpoint.resume(checkpointFile, source.description(), mapper)
                    : BackfillCheckpoint.fresh(checkpointFile, source.description(), mapper);
            try (BackfillFailures failures = new BackfillFailures(stateDir.resolve("failures.jsonl"), mapper,
                    spec.resume())) {
                BackfillJob j = new BackfillJob(source, services.enricher(), services.documents(),
                        services.indexer()::write, checkpoint, failures, spec.settings(), pool,
                        runtime::livePublishesPending, mapper);
                job = j;
                runtime.showBackfill(spec.name(), () -> {
                    BackfillStatus s = j.status();
                    return s.state() + " " + s.line();
                });
                if (stopped) {
                    j.stop();
                }
                j.run();
            }
        } catch (IOException e) {
            fail(e.getMessage());
        }
    }

    private void fail(String message) {
        problem = message;
        LOG.error("Backfill {} cannot run: {}", spec.name(), message);
        runtime.showBackfill(spec.name(), () -> "failed: " + message);
    }

    private BackfillSource source(PipelineServices services) {
        return switch (spec.kind()) {
            case DIR -> new FolderSource(spec.location(), services.tika());
            case JSONL -> new JsonLinesSource(spec.location(), services.tika(), mapper);
            case PATHS -> new PathListSource(spec.location(), services.pages());
        };
    }

    /** The job's progress; null until it started (see {@link #problem()}). */
    public BackfillStatus status() {
        BackfillJob j = job;
        return j == null ? null : j.status();
    }

    /** Why the job could not run, or null. */
    public String problem() {
        return problem;
    }

    public boolean isRunning() {
        return runner.isAlive();
    }

    /** Stops after writing what is in flight; waits up to a minute. */
    public void stop() {
        stopped = true;
        BackfillJob j = job;
        if (j != null) {
            j.stop();
        }
        try {
            runner.join(60_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        pool.shutdownNow();
    }

    /** Stops and leaves the status. */
    public void close() {
        stop();
        runtime.hideBackfill(spec.name());
    }
}
