package io.lede.backfill;

/** An input that cannot be loaded; {@code isTransient} when trying again later may help (a fetch timeout). */
public final class BackfillException extends Exception {
    private static final long serialVersionUID = 1L;
    private final boolean transientFailure;

    public BackfillException(String message, boolean transientFailure, Throwable cause) {
        super(message, cause);
        this.transientFailure = transientFailure;
    }

    public boolean isTransient() {
        return transientFailure;
    }
}
