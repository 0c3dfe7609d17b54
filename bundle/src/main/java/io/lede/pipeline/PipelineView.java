package io.lede.pipeline;

import io.lede.queue.DeadLetter;
import io.lede.queue.QueueStats;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The pipeline at one moment, as status output and health checks see it.
 *
 * @param alias                  the index alias
 * @param state                  "running", "loading models", "waiting for Elasticsearch: ...", "failed: ..."
 * @param elasticsearchReachable whether the cluster answered just now
 * @param elasticsearch          the connection described without secrets
 * @param queue                  the durable queue
 * @param deadLetters            the parked failures
 * @param metrics                counters and stage latencies
 * @param at                     when this was taken
 */
public record PipelineView(String alias, String state, boolean elasticsearchReachable, String elasticsearch,
                           QueueStats queue, List<DeadLetter> deadLetters, PipelineMetrics.Snapshot metrics,
                           Instant at) {
    public PipelineView {
        deadLetters = List.copyOf(deadLetters);
    }

    public boolean running() {
        return "running".equals(state);
    }

    public Duration oldestPendingAge() {
        Instant oldest = queue.oldestPending();
        return oldest == null || oldest.isAfter(at) ? Duration.ZERO : Duration.between(oldest, at);
    }

    /** The latest failure: of a waiting intent if any, else the last one the worker saw. */
    public String lastError() {
        return queue.lastError().isEmpty() ? metrics.lastError() : queue.lastError();
    }
}
