package io.lede.osgi;

import io.lede.index.ReindexMode;
import io.lede.index.ReindexOptions;
import io.lede.index.ReindexProgress;
import io.lede.pipeline.PipelineRuntime;
import java.time.Instant;
import java.util.Objects;

/** {@link ReindexStatusMBean} over the pipeline's reindex. */
final class ReindexStatus implements ReindexStatusMBean {
    private final PipelineRuntime runtime;
    private final ReindexOptions options;

    ReindexStatus(PipelineRuntime runtime, ReindexOptions options) {
        this.runtime = runtime;
        this.options = options;
    }

    private ReindexProgress.Snapshot now() {
        return runtime.reindexProgress();
    }

    @Override
    public String getState() {
        return now().state().name();
    }

    @Override
    public String getMessage() {
        return now().message();
    }

    @Override
    public String getSourceIndex() {
        return now().sourceIndex();
    }

    @Override
    public String getTargetIndex() {
        return now().targetIndex();
    }

    @Override
    public long getTotal() {
        return now().total();
    }

    @Override
    public long getProcessed() {
        return now().processed();
    }

    @Override
    public long getCopied() {
        return now().copied();
    }

    @Override
    public long getReenriched() {
        return now().reenriched();
    }

    @Override
    public long getSkippedNewer() {
        return now().skippedNewer();
    }

    @Override
    public long getFailed() {
        return now().failed();
    }

    @Override
    public long getCaughtUp() {
        return now().caughtUp();
    }

    @Override
    public String[] getFailures() {
        return now().failures().toArray(String[]::new);
    }

    @Override
    public String getStartedAt() {
        return time(now().startedAt());
    }

    @Override
    public String getFinishedAt() {
        return time(now().finishedAt());
    }

    @Override
    public String startReindex(boolean onlyOlder) {
        return start(onlyOlder ? ReindexMode.REENRICH_OLDER : ReindexMode.REENRICH_ALL);
    }

    @Override
    public String startCopy() {
        return start(ReindexMode.COPY);
    }

    private String start(ReindexMode mode) {
        ReindexOptions chosen = new ReindexOptions(mode, options.settle(), options.grace(), options.batchSize(),
                options.maxFailures());
        try {
            runtime.startReindex(chosen);
            return "reindex started (" + mode + ")";
        } catch (IllegalStateException e) {
            return "not started: " + e.getMessage();
        }
    }

    private static String time(Instant instant) {
        return Objects.toString(instant, "");
    }
}
