package io.lede.queue;

/** The durable queue reached its configured capacity; the intent was not accepted. */
public class QueueFullException extends Exception {
    private static final long serialVersionUID = 1L;

    public QueueFullException(String message) {
        super(message);
    }
}
