package io.lede.index;

/**
 * What Elasticsearch did with one {@link IndexAction}.
 *
 * @param status  the outcome kind
 * @param message Elasticsearch's reason where it gave one
 */
public record IndexOutcome(Status status, String message) {
    public enum Status {
        /** Written (or, for a delete, already absent). */
        APPLIED,
        /** A newer version is already in the index: nothing to do. */
        SUPERSEDED,
        /** Worth retrying later: cluster unreachable, overloaded, unavailable, unauthenticated. */
        TRANSIENT,
        /** Rejected for a reason of the document itself (mapping, size): retrying will not help. */
        REJECTED
    }

    public static IndexOutcome applied() {
        return new IndexOutcome(Status.APPLIED, "");
    }

    public boolean isDone() {
        return status == Status.APPLIED || status == Status.SUPERSEDED;
    }
}
