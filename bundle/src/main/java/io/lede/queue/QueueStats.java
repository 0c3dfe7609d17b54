package io.lede.queue;

import java.time.Instant;

/**
 * A snapshot of the queue for status and health checks.
 *
 * @param intents      journal entries waiting
 * @param articles     distinct articles waiting
 * @param inFlight     articles being processed now
 * @param deadLetters  parked failures
 * @param oldestPending when the oldest waiting intent was accepted, null if none
 * @param lastError    the most recent failure of a waiting intent, empty if none
 * @param capacity     the configured maximum of waiting intents
 */
public record QueueStats(int intents, int articles, int inFlight, int deadLetters, Instant oldestPending,
                         String lastError, int capacity) {
}
