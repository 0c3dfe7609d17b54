package io.lede.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lede.queue.QueueFullException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PipelineAdminTest {
    private final List<String> calls = new ArrayList<>();
    private final Set<Long> existing = new java.util.HashSet<>(Set.of(42L, 43L));
    private final PipelineAdmin admin = new PipelineAdmin(() -> {
        ObjectNode n = JsonResponses.mapper().createObjectNode();
        n.put("state", "running");
        return n;
    }, new PipelineAdmin.DeadLetters() {
        @Override
        public boolean retry(long seq) throws QueueFullException {
            calls.add("retry " + seq);
            if (seq == 43) {
                throw new QueueFullException("publish queue full (10 intents)");
            }
            return existing.remove(seq);
        }

        @Override
        public boolean drop(long seq) {
            calls.add("drop " + seq);
            return existing.remove(seq);
        }
    });

    private static Map<String, String[]> action(String a) {
        return Map.of("action", new String[] {a});
    }

    @Test
    void statusIsTheDocumentAndTakesNoParameters() throws Exception {
        assertEquals("running", admin.status(Map.of()).body().path("state").asText());
        assertEquals("x", assertThrows(BadRequestException.class,
                () -> admin.status(Map.of("x", new String[] {"1"}))).parameter());
    }

    @Test
    void aDeadLetterIsRetriedOrDroppedBySequenceNumber() throws Exception {
        PipelineAdmin.Answer retried = admin.deadLetter("/42", action("retry"));
        assertEquals(200, retried.status());
        assertEquals("retry", retried.body().path("action").asText());
        assertEquals(42, retried.body().path("seq").asLong());
        assertEquals(404, admin.deadLetter("/42", action("drop")).status(), "gone after the retry");
        assertEquals(503, admin.deadLetter("/43", action("retry")).status(), "queue full");
        assertEquals(List.of("retry 42", "drop 42", "retry 43"), calls);
    }

    @Test
    void aMissingOrWrongActionOrSequenceNumberIsABadRequest() {
        assertEquals("action", assertThrows(BadRequestException.class, () -> admin.deadLetter("/42", Map.of()))
                .parameter());
        assertEquals("action", assertThrows(BadRequestException.class,
                () -> admin.deadLetter("/42", action("delete"))).parameter());
        for (String path : new String[] {null, "", "/", "/abc", "/42/x", "/-1"}) {
            assertThrows(BadRequestException.class, () -> admin.deadLetter(path, action("drop")), String.valueOf(path));
        }
        assertEquals(List.of(), calls);
    }
}
