package io.lede.parse;

/** The content could not be turned into an article (too large, unreadable, empty, not a document). */
public class ParseException extends Exception {
    private static final long serialVersionUID = 1L;

    public ParseException(String message) {
        super(message);
    }

    public ParseException(String message, Throwable cause) {
        super(message, cause);
    }
}
