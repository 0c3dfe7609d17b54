package io.lede.queue;

/**
 * An intent that kept failing for a reason of its own, parked until an operator retries or drops it.
 *
 * @param failedAt epoch milliseconds of the last failure
 */
public record DeadLetter(long seq, PublishIntent intent, int attempts, String reason, long failedAt) {
}
