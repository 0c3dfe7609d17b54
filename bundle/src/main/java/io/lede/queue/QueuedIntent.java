package io.lede.queue;

import java.util.List;

/**
 * An intent claimed from the queue for processing.
 *
 * @param seq      the journal sequence number of this intent
 * @param intent   the newest intent for its article
 * @param attempts how many times processing was tried before
 * @param covered  the sequence numbers of every intent for the article this one supersedes (itself included)
 */
public record QueuedIntent(long seq, PublishIntent intent, int attempts, List<Long> covered) {
    public QueuedIntent {
        covered = List.copyOf(covered);
    }
}
