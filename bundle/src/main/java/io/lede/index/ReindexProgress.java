package io.lede.index;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The live figures of one reindex, safe to read from any thread (JMX, the command line's progress line). */
public final class ReindexProgress {
    public enum State { IDLE, PREPARING, COPYING, CATCHING_UP, SWITCHED, DONE, FAILED }

    private static final int MAX_FAILURES_KEPT = 20;

    private volatile State state = State.IDLE;
    private volatile String sourceIndex = "";
    private volatile String targetIndex = "";
    private volatile String message = "";
    private volatile Instant startedAt;
    private volatile Instant finishedAt;
    private volatile long total;
    private long copied;
    private long reenriched;
    private long skippedNewer;
    private long failed;
    private long caughtUp;
    private final List<String> failures = new ArrayList<>();

    /**
     * Figures at one moment.
     *
     * @param copied       documents written to the new index as they were
     * @param reenriched   documents enriched again and written
     * @param skippedNewer documents the new index already had in a newer version (a live write came first)
     * @param failed       documents that could not be copied (reasons in {@code failures}, the first few)
     * @param caughtUp     documents written again by the catch-up pass (indexed since shortly before the start)
     */
    public record Snapshot(State state, String sourceIndex, String targetIndex, long total, long copied,
                           long reenriched, long skippedNewer, long failed, long caughtUp, List<String> failures,
                           String message, Instant startedAt, Instant finishedAt) {
        public long processed() {
            return copied + reenriched + skippedNewer + failed;
        }

        public boolean running() {
            return state != State.IDLE && state != State.DONE && state != State.FAILED;
        }
    }

    void start(Instant now) {
        synchronized (this) {
            copied = reenriched = skippedNewer = failed = caughtUp = 0;
            failures.clear();
        }
        total = 0;
        sourceIndex = "";
        targetIndex = "";
        finishedAt = null;
        startedAt = now;
        state(State.PREPARING, "preparing");
    }

    void state(State newState, String newMessage) {
        state = newState;
        message = newMessage;
    }

    void indices(String source, String target) {
        sourceIndex = source;
        targetIndex = target;
    }

    void total(long count) {
        total = count;
    }

    synchronized void copied(boolean wasReenriched) {
        if (wasReenriched) {
            reenriched++;
        } else {
            copied++;
        }
    }

    synchronized void caughtUp() {
        caughtUp++;
    }

    synchronized void skippedNewer() {
        skippedNewer++;
    }

    synchronized void failed(String id, String reason) {
        failed++;
        if (failures.size() < MAX_FAILURES_KEPT) {
            failures.add(id + ": " + reason);
        }
    }

    synchronized long failedCount() {
        return failed;
    }

    void finish(State end, String endMessage, Instant now) {
        finishedAt = now;
        state(end, endMessage);
    }

    public synchronized Snapshot snapshot() {
        return new Snapshot(state, sourceIndex, targetIndex, total, copied, reenriched, skippedNewer, failed,
                caughtUp, List.copyOf(failures), message, startedAt, finishedAt);
    }
}
