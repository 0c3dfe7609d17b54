package io.lede.publish;

/** A publish event whose properties are missing or of the wrong type. */
public class InvalidEventException extends Exception {
    private static final long serialVersionUID = 1L;

    public InvalidEventException(String message) {
        super(message);
    }
}
