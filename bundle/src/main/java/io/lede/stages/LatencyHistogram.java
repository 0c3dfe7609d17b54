package io.lede.stages;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * A lock-free latency histogram with logarithmic buckets (four per doubling, so a percentile is off by at
 * most 19 %), from one microsecond to beyond an hour. Small enough to keep one per stage forever.
 */
public final class LatencyHistogram {
    private static final int SUB_BUCKETS = 4;
    private static final int OCTAVES = 42; // 2^42 µs is about 51 days
    private static final int BUCKETS = SUB_BUCKETS * OCTAVES + 1;

    private final AtomicLongArray counts = new AtomicLongArray(BUCKETS);
    private final AtomicLong count = new AtomicLong();
    private final AtomicLong totalMicros = new AtomicLong();
    private final AtomicLong maxMicros = new AtomicLong();

    public void recordNanos(long nanos) {
        long micros = Math.max(0, nanos / 1000);
        counts.incrementAndGet(bucketOf(micros));
        count.incrementAndGet();
        totalMicros.addAndGet(micros);
        maxMicros.accumulateAndGet(micros, Math::max);
    }

    static int bucketOf(long micros) {
        if (micros < 1) {
            return 0;
        }
        double octaves = Math.log(micros) / Math.log(2);
        return (int) Math.min(BUCKETS - 1, 1 + Math.floor(octaves * SUB_BUCKETS));
    }

    /** The largest value (µs) that falls in {@code bucket}. */
    static double upperBoundMicros(int bucket) {
        return bucket == 0 ? 1 : Math.pow(2, (double) bucket / SUB_BUCKETS);
    }

    public Snapshot snapshot() {
        long[] copy = new long[BUCKETS];
        long n = 0;
        for (int i = 0; i < BUCKETS; i++) {
            copy[i] = counts.get(i);
            n += copy[i];
        }
        long max = maxMicros.get();
        return new Snapshot(n, n == 0 ? 0 : totalMicros.get() / 1000.0 / n, percentile(copy, n, 0.50, max),
                percentile(copy, n, 0.95, max), percentile(copy, n, 0.99, max), max / 1000.0);
    }

    /** The upper bound of the bucket holding the {@code q}-th value, never above the largest value seen. */
    private static double percentile(long[] buckets, long n, double q, long maxMicros) {
        if (n == 0) {
            return 0;
        }
        long rank = (long) Math.ceil(q * n);
        long seen = 0;
        for (int i = 0; i < buckets.length; i++) {
            seen += buckets[i];
            if (seen >= rank) {
                return Math.min(upperBoundMicros(i), maxMicros) / 1000.0;
            }
        }
        return maxMicros / 1000.0;
    }

    /** Latencies in milliseconds. */
    public record Snapshot(long count, double meanMillis, double p50Millis, double p95Millis, double p99Millis,
                           double maxMillis) {
    }
}
