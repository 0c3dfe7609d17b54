package io.lede.queue;

/**
 * One file of the journal: an intent plus its processing state.
 *
 * @param seq           journal sequence number, unique and increasing
 * @param intent        the intent
 * @param attempts      failed processing attempts so far
 * @param lastError     the last failure, empty if none
 * @param nextAttemptAt epoch millis before which it is not retried
 * @param enqueuedAt    epoch millis when it was accepted
 */
public record JournalEntry(long seq, PublishIntent intent, int attempts, String lastError, long nextAttemptAt,
                           long enqueuedAt) {
    public JournalEntry {
        lastError = lastError == null ? "" : lastError;
    }

    JournalEntry failed(String error, long retryAt) {
        return new JournalEntry(seq, intent, attempts + 1, error, retryAt, enqueuedAt);
    }

    JournalEntry reset() {
        return new JournalEntry(seq, intent, 0, "", 0, enqueuedAt);
    }
}
