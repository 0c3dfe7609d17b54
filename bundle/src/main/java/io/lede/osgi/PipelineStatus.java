package io.lede.osgi;

import io.lede.pipeline.HealthVerdict;
import io.lede.pipeline.PipelineMetrics;
import io.lede.pipeline.PipelineRuntime;
import io.lede.queue.DeadLetter;
import io.lede.queue.QueueStats;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import io.lede.stages.LatencyHistogram;

/** The JMX view of a {@link PipelineRuntime}. */
final class PipelineStatus implements PipelineStatusMBean {
    private final PipelineRuntime runtime;

    PipelineStatus(PipelineRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public String getState() {
        return runtime.state();
    }

    @Override
    public boolean isElasticsearchReachable() {
        return runtime.elasticsearchReachable();
    }

    @Override
    public boolean isHealthy() {
        return HealthVerdict.of(runtime.view()).level() != HealthVerdict.Level.CRITICAL;
    }

    @Override
    public String getHealth() {
        HealthVerdict verdict = HealthVerdict.of(runtime.view());
        return verdict.level() + ": " + String.join("; ", verdict.reasons());
    }

    @Override
    public String[] getStageLatencies() {
        return metrics().stageLatencies().entrySet().stream().map(e -> {
            LatencyHistogram.Snapshot s = e.getValue();
            return String.format(Locale.ROOT, "%s count=%d mean=%.1fms p50=%.1fms p95=%.1fms p99=%.1fms max=%.1fms",
                    e.getKey().label(), s.count(), s.meanMillis(), s.p50Millis(), s.p95Millis(), s.p99Millis(),
                    s.maxMillis());
        }).toArray(String[]::new);
    }

    @Override
    public String getStatusJson() {
        return runtime.status().toString();
    }

    private QueueStats queue() {
        return runtime.queueStats();
    }

    private PipelineMetrics.Snapshot metrics() {
        return runtime.metrics();
    }

    @Override
    public int getQueuedIntents() {
        return queue().intents();
    }

    @Override
    public int getQueuedArticles() {
        return queue().articles();
    }

    @Override
    public long getOldestPendingAgeSeconds() {
        Instant oldest = queue().oldestPending();
        return oldest == null ? 0 : Math.max(0, Duration.between(oldest, Instant.now()).toSeconds());
    }

    @Override
    public int getDeadLetterCount() {
        return queue().deadLetters();
    }

    @Override
    public String[] getDeadLetters() {
        return runtime.queue().deadLetters().stream().map(PipelineStatus::describe).toArray(String[]::new);
    }

    private static String describe(DeadLetter d) {
        return d.seq() + " " + d.intent().action() + " " + d.intent().articleId() + " after " + d.attempts()
                + " attempts: " + d.reason();
    }

    @Override
    public long getIndexed() {
        return metrics().indexed();
    }

    @Override
    public long getDeleted() {
        return metrics().deleted();
    }

    @Override
    public long getSuperseded() {
        return metrics().superseded();
    }

    @Override
    public long getRetried() {
        return metrics().retried();
    }

    @Override
    public long getFailed() {
        return metrics().failed();
    }

    @Override
    public double getMeanPrepareMillis() {
        return metrics().meanPrepareMillis();
    }

    @Override
    public double getMeanBulkMillis() {
        return metrics().meanBulkMillis();
    }

    @Override
    public String getLastError() {
        String queued = queue().lastError();
        return queued.isEmpty() ? metrics().lastError() : queued;
    }

    @Override
    public String getElasticsearch() {
        return runtime.elasticsearchDescription();
    }

    @Override
    public boolean retryDeadLetter(long seq) throws Exception {
        return runtime.queue().retryDeadLetter(seq);
    }

    @Override
    public boolean dropDeadLetter(long seq) throws Exception {
        return runtime.queue().dropDeadLetter(seq);
    }

    @Override
    public String[] getBackfills() {
        return runtime.backfills().toArray(String[]::new);
    }
}
