package io.lede.backfill;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Asks whether live publishes wait at most once per interval (the question may cost a queue scan). */
public final class LivePublishGate implements BooleanSupplier {
    private final BooleanSupplier pending;
    private final long intervalNanos;
    private volatile long askedAt;
    private volatile boolean answer;

    public LivePublishGate(BooleanSupplier pending, Duration interval) {
        this.pending = pending;
        this.intervalNanos = interval.toNanos();
        this.askedAt = System.nanoTime() - intervalNanos;
    }

    @Override
    public boolean getAsBoolean() {
        long now = System.nanoTime();
        if (now - askedAt >= intervalNanos) {
            answer = pending.getAsBoolean();
            askedAt = now;
        }
        return answer;
    }
}
