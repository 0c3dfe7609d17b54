package io.lede.pipeline;

import static io.lede.pipeline.StatusReportTest.NOW;
import static io.lede.pipeline.StatusReportTest.queue;
import static io.lede.pipeline.StatusReportTest.view;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lede.pipeline.HealthVerdict.Level;
import io.lede.queue.DeadLetter;
import io.lede.queue.PublishIntent;
import java.util.List;
import org.junit.jupiter.api.Test;

class HealthVerdictTest {
    private static HealthVerdict verdict(String state, boolean reachable, int intents, long oldestAgeSeconds,
                                         int capacity, int deadLetters) {
        List<DeadLetter> dead = java.util.stream.IntStream.range(0, deadLetters).mapToObj(i -> new DeadLetter(i,
                PublishIntent.publishPath("/a" + i, 1, "t"), 1, "404", 0)).toList();
        return HealthVerdict.of(view(state, reachable,
                queue(intents, intents == 0 ? null : NOW.minusSeconds(oldestAgeSeconds), capacity), dead,
                new PipelineMetrics()));
    }

    @Test
    void runningWithElasticsearchAndAMovingQueueIsOk() {
        HealthVerdict v = verdict("running", true, 5, 10, 100, 0);
        assertEquals(Level.OK, v.level());
        assertTrue(v.ok());
    }

    @Test
    void anUnreachableClusterAStuckOrFullQueueOrAFailedStartAreCritical() {
        assertEquals(Level.CRITICAL, verdict("running", false, 0, 0, 100, 0).level());
        assertEquals(Level.CRITICAL, verdict("running", true, 5, 16 * 60, 100, 0).level());
        assertEquals(Level.CRITICAL, verdict("running", true, 100, 1, 100, 0).level());
        assertEquals(Level.CRITICAL, verdict("waiting for Elasticsearch: refused", false, 0, 0, 100, 0).level());
        HealthVerdict failed = verdict("failed: no models", true, 0, 0, 100, 2);
        assertEquals(Level.CRITICAL, failed.level());
        assertEquals(List.of("pipeline failed: no models", "2 dead letter(s) wait for an operator"), failed.reasons());
    }

    @Test
    void startingUpDeadLettersAndANearlyFullQueueAreWarnings() {
        assertEquals(Level.WARN, verdict("loading models", true, 0, 0, 100, 0).level());
        assertEquals(Level.WARN, verdict("running", true, 0, 0, 100, 1).level());
        assertEquals(Level.WARN, verdict("running", true, 95, 5, 100, 0).level());
    }
}
