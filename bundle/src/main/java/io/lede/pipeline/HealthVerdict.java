package io.lede.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * How healthy the pipeline is, with the reasons: CRITICAL when publishes cannot reach the index (not running,
 * Elasticsearch unreachable, the queue full or stuck), WARN when something needs a look (starting up, dead
 * letters, the queue nearly full), OK otherwise.
 */
public record HealthVerdict(Level level, List<String> reasons) {
    public enum Level { OK, WARN, CRITICAL }

    /** Waiting longer than this means the queue is stuck. */
    public static final Duration STALE = Duration.ofMinutes(15);

    public HealthVerdict {
        reasons = List.copyOf(reasons);
    }

    public static HealthVerdict of(PipelineView v) {
        List<String> critical = new ArrayList<>();
        List<String> warn = new ArrayList<>();
        if (v.state().startsWith("failed") || v.state().startsWith("waiting for Elasticsearch")) {
            critical.add("pipeline " + v.state());
        } else if (!v.running()) {
            warn.add("pipeline " + v.state());
        }
        if (!v.elasticsearchReachable()) {
            critical.add("Elasticsearch is not reachable (" + v.elasticsearch() + ")");
        }
        Duration age = v.oldestPendingAge();
        if (age.compareTo(STALE) > 0) {
            critical.add("the oldest queued publish has waited " + age.toMinutes() + " minutes");
        }
        int intents = v.queue().intents();
        int capacity = v.queue().capacity();
        if (intents >= capacity) {
            critical.add("the publish queue is full (" + capacity + " intents)");
        } else if (intents >= capacity * 0.9) {
            warn.add("the publish queue is nearly full (" + intents + " of " + capacity + ")");
        }
        if (!v.deadLetters().isEmpty()) {
            warn.add(v.deadLetters().size() + " dead letter(s) wait for an operator");
        }
        if (!critical.isEmpty()) {
            critical.addAll(warn);
            return new HealthVerdict(Level.CRITICAL, critical);
        }
        if (!warn.isEmpty()) {
            return new HealthVerdict(Level.WARN, warn);
        }
        return new HealthVerdict(Level.OK, List.of("running; " + intents + " queued, Elasticsearch reachable"));
    }

    public boolean ok() {
        return level == Level.OK;
    }
}
