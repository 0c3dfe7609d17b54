package io.lede.http;

/** A request parameter that is unknown, missing, of the wrong type or out of range: answered with 400. */
public final class BadRequestException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String parameter;

    public BadRequestException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    /** The offending parameter's name, or null when the request as a whole is wrong. */
    public String parameter() {
        return parameter;
    }
}
