package io.lede.pipeline;

import io.lede.index.IndexAction;
import io.lede.queue.QueuedIntent;
import java.util.ArrayList;
import java.util.List;

/**
 * Prepared writes waiting for the next bulk request. A bulk goes out when it is full, when its first write has
 * waited for the linger time, or when nothing else is being prepared, so one slow article never holds back
 * the ones prepared after it.
 */
final class ReadyBatch {
    private final int capacity;
    private final long lingerNanos;
    private final List<QueuedIntent> intents = new ArrayList<>();
    private final List<IndexAction> actions = new ArrayList<>();
    private long firstAddedAt;

    ReadyBatch(int capacity, long lingerNanos) {
        this.capacity = capacity;
        this.lingerNanos = lingerNanos;
    }

    void add(QueuedIntent intent, IndexAction action, long nowNanos) {
        if (intents.isEmpty()) {
            firstAddedAt = nowNanos;
        }
        intents.add(intent);
        actions.add(action);
    }

    int size() {
        return intents.size();
    }

    boolean isEmpty() {
        return intents.isEmpty();
    }

    boolean shouldFlush(long nowNanos, boolean nothingPreparing) {
        if (intents.isEmpty()) {
            return false;
        }
        return intents.size() >= capacity || nothingPreparing || nowNanos - firstAddedAt >= lingerNanos;
    }

    /** Nanoseconds until the linger time of the first waiting write is over (0 when over or empty). */
    long nanosUntilLingerEnds(long nowNanos) {
        return intents.isEmpty() ? 0 : Math.max(0, firstAddedAt + lingerNanos - nowNanos);
    }

    List<QueuedIntent> intents() {
        return List.copyOf(intents);
    }

    List<IndexAction> actions() {
        return List.copyOf(actions);
    }

    void clear() {
        intents.clear();
        actions.clear();
    }
}
