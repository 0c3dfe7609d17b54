package io.lede.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lede.queue.QueueFullException;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The operators' endpoints behind {@code /lede/api/status} and {@code /lede/api/dead-letters/<seq>}: the status
 * document, and retrying or dropping one dead letter.
 */
public final class PipelineAdmin {
    /** Retries or drops a dead letter by sequence number; false when there is none. */
    public interface DeadLetters {
        boolean retry(long seq) throws IOException, QueueFullException;

        boolean drop(long seq) throws IOException;
    }

    /** An HTTP status and its JSON body. */
    public record Answer(int status, JsonNode body) {
    }

    private final Supplier<ObjectNode> status;
    private final DeadLetters deadLetters;

    public PipelineAdmin(Supplier<ObjectNode> status, DeadLetters deadLetters) {
        this.status = status;
        this.deadLetters = deadLetters;
    }

    public Answer status(Map<String, String[]> parameters) throws BadRequestException {
        new QueryParameters(parameters, Set.of());
        return new Answer(200, status.get());
    }

    /**
     * @param pathInfo   what follows {@code /api/dead-letters}, e.g. {@code /1732861200000001}
     * @param parameters {@code action=retry|drop}
     */
    public Answer deadLetter(String pathInfo, Map<String, String[]> parameters) throws BadRequestException,
            IOException {
        String action = new QueryParameters(parameters, Set.of("action")).oneOf("action", null, Set.of("retry", "drop"));
        if (action == null) {
            throw new BadRequestException("action", "'action' is required: retry or drop");
        }
        long seq = sequenceNumber(pathInfo);
        boolean done;
        try {
            done = "retry".equals(action) ? deadLetters.retry(seq) : deadLetters.drop(seq);
        } catch (QueueFullException e) {
            return new Answer(503, JsonResponses.error(e.getMessage(), null));
        }
        if (!done) {
            return new Answer(404, JsonResponses.error("no dead letter " + seq, null));
        }
        ObjectNode body = JsonResponses.mapper().createObjectNode();
        body.put("seq", seq);
        body.put("action", action);
        body.put("done", true);
        return new Answer(200, body);
    }

    private static long sequenceNumber(String pathInfo) throws BadRequestException {
        String s = pathInfo == null ? "" : pathInfo.startsWith("/") ? pathInfo.substring(1) : pathInfo;
        if (!s.matches("[0-9]{1,18}")) {
            throw new BadRequestException(null, "the path must end with a dead letter's sequence number: "
                    + "/api/dead-letters/<seq>");
        }
        return Long.parseLong(s);
    }
}
