package io.lede.pipeline;

/** Preparing an intent failed; {@link #isTransient()} tells whether trying again later may help. */
public class ProcessingException extends Exception {
    private static final long serialVersionUID = 1L;
    private final boolean transientFailure;

    public ProcessingException(String message, boolean transientFailure, Throwable cause) {
        super(message, cause);
        this.transientFailure = transientFailure;
    }

    public boolean isTransient() {
        return transientFailure;
    }
}
