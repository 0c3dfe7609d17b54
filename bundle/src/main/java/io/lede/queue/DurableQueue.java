package io.lede.queue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The publish queue, kept on disk: an intent is durable when {@link #enqueue} returns and leaves the journal
 * only when {@link #complete} is called after Elasticsearch acknowledged it. For each article only the newest
 * intent (highest version, then latest arrival) is processed; older ones are dropped with it.
 */
public final class DurableQueue {
    private static final Logger LOG = LoggerFactory.getLogger(DurableQueue.class);

    private final JournalDirectory pending;
    private final JournalDirectory dead;
    private final int capacity;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final TreeMap<Long, JournalEntry> entries = new TreeMap<>();
    private final Map<String, List<Long>> byArticle = new HashMap<>();
    private final Set<String> inFlight = new HashSet<>();
    private final TreeMap<Long, DeadLetter> deadLetters = new TreeMap<>();
    private long lastSeq;
    private boolean fullWarned;

    public DurableQueue(Path directory, int capacity, ObjectMapper mapper, Clock clock) throws IOException {
        this.pending = new JournalDirectory(directory.resolve("pending"), mapper);
        this.dead = new JournalDirectory(directory.resolve("dead"), mapper);
        this.capacity = capacity;
        this.clock = clock;
        for (JournalEntry e : pending.readAll(JournalEntry.class)) {
            entries.put(e.seq(), e.reset());
            byArticle.computeIfAbsent(e.intent().articleId(), k -> new ArrayList<>()).add(e.seq());
        }
        for (DeadLetter d : dead.readAll(DeadLetter.class)) {
            deadLetters.put(d.seq(), d);
        }
        lastSeq = Math.max(entries.isEmpty() ? 0 : entries.lastKey(), deadLetters.isEmpty() ? 0 : deadLetters.lastKey());
        lastSeq = Math.max(lastSeq, clock.millis() * 1000);
        if (!entries.isEmpty()) {
            LOG.info("Resuming {} queued publish intents from {}", entries.size(), pending.path());
        }
    }

    /** Writes the intent to disk; when this returns, the intent survives a crash. */
    public long enqueue(PublishIntent intent) throws IOException, QueueFullException {
        lock.lock();
        try {
            if (entries.size() >= capacity) {
                if (!fullWarned) {
                    LOG.warn("Publish queue is full ({} intents): new intents are refused until Elasticsearch "
                            + "catches up; raise the queue capacity if this is expected", capacity);
                    fullWarned = true;
                }
                throw new QueueFullException("publish queue full (" + capacity + " intents); refused "
                        + intent.action() + " of " + intent.articleId());
            }
            fullWarned = false;
            long seq = ++lastSeq;
            JournalEntry entry = new JournalEntry(seq, intent, 0, "", 0, clock.millis());
            pending.write(seq, entry);
            entries.put(seq, entry);
            byArticle.computeIfAbsent(intent.articleId(), k -> new ArrayList<>()).add(seq);
            changed.signalAll();
            return seq;
        } finally {
            lock.unlock();
        }
    }

    /** Up to {@code max} articles that are due, each with its newest intent; they stay claimed until settled. */
    public List<QueuedIntent> claim(int max) {
        lock.lock();
        try {
            long now = clock.millis();
            List<QueuedIntent> out = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (JournalEntry e : entries.values()) {
                String id = e.intent().articleId();
                if (out.size() >= max) {
                    break;
                }
                if (inFlight.contains(id) || !seen.add(id)) {
                    continue;
                }
                List<Long> seqs = byArticle.get(id);
                JournalEntry newest = seqs.stream().map(entries::get).max(NEWEST).orElseThrow();
                if (newest.nextAttemptAt() > now) {
                    continue;
                }
                inFlight.add(id);
                out.add(new QueuedIntent(newest.seq(), newest.intent(), newest.attempts(), seqs));
            }
            return out;
        } finally {
            lock.unlock();
        }
    }

    private static final Comparator<JournalEntry> NEWEST = Comparator
            .comparingLong((JournalEntry e) -> e.intent().version()).thenComparingLong(JournalEntry::seq);

    /** Elasticsearch acknowledged the intent: it and everything it superseded leave the journal. */
    public void complete(QueuedIntent q) throws IOException {
        lock.lock();
        try {
            pending.deleteAll(q.covered());
            forget(q);
        } finally {
            lock.unlock();
        }
    }

    /** Processing failed for a passing reason: try again after {@code delay}. */
    public void retryLater(QueuedIntent q, String reason, Duration delay) throws IOException {
        lock.lock();
        try {
            JournalEntry e = entries.get(q.seq());
            if (e != null) {
                JournalEntry failed = e.failed(reason, clock.millis() + delay.toMillis());
                pending.write(failed.seq(), failed);
                entries.put(failed.seq(), failed);
            }
            inFlight.remove(q.intent().articleId());
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Processing failed for a reason of the article itself: park it, unblocking the others. */
    public void deadLetter(QueuedIntent q, String reason) throws IOException {
        lock.lock();
        try {
            DeadLetter letter = new DeadLetter(q.seq(), q.intent(), q.attempts() + 1, reason, clock.millis());
            dead.write(q.seq(), letter);
            deadLetters.put(q.seq(), letter);
            pending.deleteAll(q.covered());
            forget(q);
            LOG.error("Dead letter: {} of {} failed {} times: {}", q.intent().action(), q.intent().articleId(),
                    letter.attempts(), reason);
        } finally {
            lock.unlock();
        }
    }

    private void forget(QueuedIntent q) {
        String id = q.intent().articleId();
        List<Long> seqs = byArticle.get(id);
        for (long s : q.covered()) {
            entries.remove(s);
            if (seqs != null) {
                seqs.remove(s);
            }
        }
        if (seqs != null && seqs.isEmpty()) {
            byArticle.remove(id);
        }
        inFlight.remove(id);
        changed.signalAll();
    }

    /** Gives a claimed intent back untouched (its processing was abandoned), so that it is claimed again. */
    public void release(QueuedIntent q) {
        lock.lock();
        try {
            inFlight.remove(q.intent().articleId());
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Puts a dead letter back in the queue with a fresh attempt count. */
    public boolean retryDeadLetter(long seq) throws IOException, QueueFullException {
        DeadLetter letter;
        lock.lock();
        try {
            letter = deadLetters.remove(seq);
            if (letter == null) {
                return false;
            }
            dead.deleteAll(List.of(seq));
        } finally {
            lock.unlock();
        }
        enqueue(letter.intent());
        return true;
    }

    public boolean dropDeadLetter(long seq) throws IOException {
        lock.lock();
        try {
            if (deadLetters.remove(seq) == null) {
                return false;
            }
            dead.deleteAll(List.of(seq));
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** Waits until something was enqueued or settled, or the timeout passed. */
    public void awaitChange(Duration timeout) throws InterruptedException {
        lock.lock();
        try {
            changed.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } finally {
            lock.unlock();
        }
    }

    /** Milliseconds until the earliest intent not in flight becomes due (0 if one is due now). */
    public Optional<Long> millisUntilNextDue() {
        lock.lock();
        try {
            long now = clock.millis();
            return entries.values().stream().filter(e -> !inFlight.contains(e.intent().articleId()))
                    .map(e -> Math.max(0, e.nextAttemptAt() - now)).min(Long::compare);
        } finally {
            lock.unlock();
        }
    }

    /** Whether any intent waits (cheap: no scan, unlike {@link #stats()}). */
    public boolean hasPending() {
        lock.lock();
        try {
            return !entries.isEmpty();
        } finally {
            lock.unlock();
        }
    }

    public QueueStats stats() {
        lock.lock();
        try {
            Instant oldest = entries.isEmpty() ? null : Instant.ofEpochMilli(entries.firstEntry().getValue().enqueuedAt());
            String lastError = entries.values().stream().map(JournalEntry::lastError).filter(s -> !s.isEmpty())
                    .reduce((a, b) -> b).orElse("");
            return new QueueStats(entries.size(), byArticle.size(), inFlight.size(), deadLetters.size(), oldest,
                    lastError, capacity);
        } finally {
            lock.unlock();
        }
    }

    public List<DeadLetter> deadLetters() {
        lock.lock();
        try {
            return List.copyOf(deadLetters.values());
        } finally {
            lock.unlock();
        }
    }
}
