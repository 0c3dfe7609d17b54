package io.lede.search;

/** Elasticsearch did not answer, answered with a server error, or ran out of time. */
public final class SearchUnavailableException extends Exception {
    public SearchUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
