package io.lede.pipeline;

import io.lede.stages.LatencyHistogram;
import io.lede.stages.Stage;
import io.lede.stages.StageLatencies;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/** Counters of the publish pipeline, for status output and health checks. */
public final class PipelineMetrics {
    final AtomicLong indexed = new AtomicLong();
    final AtomicLong deleted = new AtomicLong();
    final AtomicLong superseded = new AtomicLong();
    final AtomicLong retried = new AtomicLong();
    final AtomicLong failed = new AtomicLong();
    final AtomicLong deadLettered = new AtomicLong();
    final AtomicLong prepareNanos = new AtomicLong();
    final AtomicLong bulkNanos = new AtomicLong();
    final AtomicLong bulkRequests = new AtomicLong();
    final AtomicReference<String> lastError = new AtomicReference<>("");
    final StageLatencies stages = new StageLatencies();

    /** Where the fetch, parse, enrichment and index steps report their times. */
    public StageLatencies stages() {
        return stages;
    }

    public Snapshot snapshot() {
        long prepared = indexed.get() + failed.get();
        return new Snapshot(indexed.get(), deleted.get(), superseded.get(), retried.get(), failed.get(),
                deadLettered.get(), prepared == 0 ? 0 : prepareNanos.get() / 1_000_000.0 / prepared,
                bulkRequests.get() == 0 ? 0 : bulkNanos.get() / 1_000_000.0 / bulkRequests.get(), lastError.get(),
                stages.snapshot());
    }

    /** Counters at one moment; latencies are means in milliseconds. */
    public record Snapshot(long indexed, long deleted, long superseded, long retried, long failed, long deadLettered,
                           double meanPrepareMillis, double meanBulkMillis, String lastError,
                           Map<Stage, LatencyHistogram.Snapshot> stageLatencies) {
    }
}
