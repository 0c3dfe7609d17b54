package io.lede.stages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LatencyHistogramTest {
    private static long millis(double ms) {
        return (long) (ms * TimeUnit.MILLISECONDS.toNanos(1));
    }

    @Test
    void percentilesAreWithinTheBucketResolution() {
        LatencyHistogram h = new LatencyHistogram();
        for (int i = 1; i <= 1000; i++) {
            h.recordNanos(millis(i)); // 1 .. 1000 ms
        }
        LatencyHistogram.Snapshot s = h.snapshot();
        assertEquals(1000, s.count());
        assertEquals(500.5, s.meanMillis(), 0.01);
        assertBetween(500, 500 * 1.19, s.p50Millis());
        assertBetween(950, 950 * 1.19, s.p95Millis());
        assertBetween(990, 1000, s.p99Millis());
        assertEquals(1000, s.maxMillis(), 0.001);
    }

    @Test
    void oneSlowOutlierShowsInTheTailOnly() {
        LatencyHistogram h = new LatencyHistogram();
        for (int i = 0; i < 99; i++) {
            h.recordNanos(millis(2));
        }
        h.recordNanos(millis(10_000));
        LatencyHistogram.Snapshot s = h.snapshot();
        assertBetween(2, 2 * 1.19, s.p50Millis());
        assertBetween(2, 2 * 1.19, s.p95Millis());
        assertBetween(2, 2 * 1.19, s.p99Millis());
        assertEquals(10_000, s.maxMillis(), 0.001);
    }

    @Test
    void emptyAndExtremeValuesAreHandled() {
        LatencyHistogram h = new LatencyHistogram();
        assertEquals(new LatencyHistogram.Snapshot(0, 0, 0, 0, 0, 0), h.snapshot());
        h.recordNanos(0);
        h.recordNanos(-5);
        h.recordNanos(Long.MAX_VALUE);
        assertEquals(3, h.snapshot().count());
        assertTrue(h.snapshot().p50Millis() <= 0.001);
    }

    @Test
    void stagesAreRecordedSeparatelyAndAlsoWhenTheStepThrows() {
        StageLatencies stages = new StageLatencies();
        stages.record(Stage.FETCH, millis(5));
        try {
            stages.time(Stage.PARSE, () -> {
                throw new IllegalStateException("broken");
            });
        } catch (IllegalStateException expected) {
            // timed anyway
        }
        assertEquals(1, stages.snapshot().get(Stage.FETCH).count());
        assertEquals(1, stages.snapshot().get(Stage.PARSE).count());
        assertEquals(0, stages.snapshot().get(Stage.INDEX).count());
        assertEquals("entities", Stage.ENTITIES.label());
    }

    private static void assertBetween(double low, double high, double actual) {
        assertTrue(actual >= low && actual <= high, actual + " not in [" + low + ", " + high + "]");
    }
}
