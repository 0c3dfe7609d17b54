package io.lede.backfill;

import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * Spaces the inputs of a backfill so that it reads at most a given number a second: a newsroom can run an archive
 * load during the day without taking the cluster from the live site. An unlimited pacer never waits.
 */
final class Pacer {
    /** Waits for a number of nanoseconds (at most one slice at a time). */
    interface Sleeper {
        void sleep(long nanos) throws InterruptedException;
    }

    private static final long SLICE_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    private final long intervalNanos;
    private final LongSupplier clock;
    private final Sleeper sleeper;
    private long next = Long.MIN_VALUE;

    Pacer(double perSecond, LongSupplier clock, Sleeper sleeper) {
        if (perSecond < 0 || Double.isNaN(perSecond)) {
            throw new IllegalArgumentException("a rate is 0 (unlimited) or positive");
        }
        this.intervalNanos = perSecond == 0 ? 0 : Math.max(1, Math.round(1e9 / perSecond));
        this.clock = clock;
        this.sleeper = sleeper;
    }

    static Pacer perSecond(double perSecond) {
        return new Pacer(perSecond, System::nanoTime, nanos -> TimeUnit.NANOSECONDS.sleep(nanos));
    }

    /**
     * Returns when the next input may go, or early when {@code stopping} turns true.
     *
     * @return false when it returned because of the stop
     */
    boolean awaitTurn(BooleanSupplier stopping) throws InterruptedException {
        if (intervalNanos == 0) {
            return !stopping.getAsBoolean();
        }
        long now = clock.getAsLong();
        if (next == Long.MIN_VALUE) {
            next = now;
        }
        while (now - next < 0) {
            if (stopping.getAsBoolean()) {
                return false;
            }
            sleeper.sleep(Math.min(SLICE_NANOS, next - now));
            now = clock.getAsLong();
        }
        // each turn comes at least one interval after the one before: a pause is not made up for with a burst
        next = now + intervalNanos;
        return !stopping.getAsBoolean();
    }
}
