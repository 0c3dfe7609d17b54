package io.lede.backfill;

import io.lede.pipeline.PipelineRuntime;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/** The backfills started on request ({@code POST /lede/api/backfill}), by name; at most one run per name. */
public final class BackfillJobs {
    private final PipelineRuntime runtime;
    private final Function<String, Path> stateDirs;
    private final Map<String, BundleBackfill> jobs = new ConcurrentHashMap<>();

    /** @param stateDirs the checkpoint folder of a job name */
    public BackfillJobs(PipelineRuntime runtime, Function<String, Path> stateDirs) {
        this.runtime = runtime;
        this.stateDirs = stateDirs;
    }

    /**
     * Starts a job unless one of that name is running.
     *
     * @return the job, or null when one of that name is still running
     */
    public synchronized BundleBackfill start(BackfillSpec spec) {
        BundleBackfill current = jobs.get(spec.name());
        if (current != null && current.isRunning()) {
            return null;
        }
        BundleBackfill job = new BundleBackfill(spec, runtime, stateDirs.apply(spec.name()));
        jobs.put(spec.name(), job);
        job.start();
        return job;
    }

    /** Stops the named job after it wrote what is in flight; null when there is none. */
    public BundleBackfill stop(String name) {
        BundleBackfill job = jobs.get(name);
        if (job != null) {
            job.stop();
        }
        return job;
    }

    public List<BundleBackfill> list() {
        return jobs.values().stream().sorted((a, b) -> a.spec().name().compareTo(b.spec().name())).toList();
    }

    public void closeAll() {
        jobs.values().forEach(BundleBackfill::close);
        jobs.clear();
    }
}
