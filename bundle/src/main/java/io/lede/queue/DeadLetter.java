package io.lede.queue;

import java.time.Instant;

/** An intent that kept failing for a reason of its own, parked until an operator retries or drops it. */
public record DeadLetter(long seq, PublishIntent intent, int attempts, String reason, Instant failedAt) {
}
