package io.lede.api;

/** An article could not be obtained from its source. */
public class ArticleSourceException extends Exception {
    private static final long serialVersionUID = 1L;
    private final boolean transientFailure;

    public ArticleSourceException(String message, boolean transientFailure, Throwable cause) {
        super(message, cause);
        this.transientFailure = transientFailure;
    }

    public ArticleSourceException(String message, boolean transientFailure) {
        this(message, transientFailure, null);
    }

    /** Whether trying again later may succeed. */
    public boolean isTransient() {
        return transientFailure;
    }
}
