package io.lede.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lede.index.ElasticsearchSettings;
import io.lede.queue.DeadLetter;
import io.lede.queue.PublishIntent;
import io.lede.queue.QueueStats;
import io.lede.stages.Stage;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatusReportTest {
    static final Instant NOW = Instant.parse("2026-11-29T06:00:00Z");
    private static final String PASSWORD = "s3cret-Passw0rd";
    private static final String API_KEY = "VnVhQ2ZHY0JDZGJrUW0tZTVhT3g6dWkybHAyYXhUTm1zeWFrdzl0dk5udw==";

    static PipelineView view(String state, boolean reachable, QueueStats queue, List<DeadLetter> dead,
                             PipelineMetrics metrics) {
        return new PipelineView("news", state, reachable,
                ElasticsearchSettings.of("https://es:9200").withBasicAuth("lede", PASSWORD).toString(), queue, dead,
                metrics.snapshot(), NOW);
    }

    static QueueStats queue(int intents, Instant oldest, int capacity) {
        return new QueueStats(intents, intents, 0, 0, oldest, "", capacity);
    }

    @Test
    void theDocumentHoldsStateQueueDeadLettersCountersAndStageLatencies() {
        PipelineMetrics metrics = new PipelineMetrics();
        metrics.indexed.set(12);
        metrics.retried.set(3);
        for (Stage stage : Stage.values()) {
            metrics.stages().record(stage, 2_000_000);
        }
        DeadLetter dead = new DeadLetter(7, PublishIntent.publishPath("/content/a", 5, "test"), 3,
                "cannot parse: the document is encrypted", NOW.toEpochMilli());
        JsonNode json = new StatusReport(new ObjectMapper(), List.of()).toJson(
                view("running", true, queue(4, NOW.minusSeconds(90), 1000), List.of(dead), metrics));

        assertEquals("running", json.path("state").asText());
        assertEquals("WARN", json.path("health").path("status").asText(), "a dead letter wants a look");
        assertTrue(json.path("elasticsearch").path("reachable").asBoolean());
        assertEquals(4, json.path("queue").path("intents").asInt());
        assertEquals(90, json.path("queue").path("oldestPendingAgeSeconds").asLong());
        assertEquals(1, json.path("deadLetters").path("count").asInt());
        JsonNode item = json.path("deadLetters").path("items").path(0);
        assertEquals(7, item.path("seq").asLong());
        assertEquals("/content/a", item.path("articleId").asText());
        assertEquals("cannot parse: the document is encrypted", item.path("reason").asText());
        assertEquals(12, json.path("counters").path("indexed").asLong());
        assertEquals(3, json.path("counters").path("retried").asLong());
        for (String stage : List.of("fetch", "parse", "language", "entities", "topics", "index")) {
            JsonNode s = json.path("stages").path(stage);
            assertEquals(1, s.path("count").asLong(), stage);
            assertTrue(s.path("p50Millis").asDouble() >= 2 && s.path("p99Millis").asDouble() <= 2.4, stage + ": " + s);
        }
    }

    @Test
    void configuredSecretsNeverAppearEvenInsideErrorMessages() {
        PipelineMetrics metrics = new PipelineMetrics();
        metrics.lastError.set("/content/b: HTTP 401 for user lede with password " + PASSWORD);
        DeadLetter dead = new DeadLetter(8, PublishIntent.publishPath("/content/b", 5, "test"), 3,
                "rejected with ApiKey " + API_KEY, NOW.toEpochMilli());
        String json = new StatusReport(new ObjectMapper(), List.of(PASSWORD, API_KEY, "")).toJson(
                view("running", false, queue(0, null, 10), List.of(dead), metrics)).toString();

        assertFalse(json.contains(PASSWORD), json);
        assertFalse(json.contains(API_KEY), json);
        assertTrue(json.contains("password ***"), json);
        assertTrue(json.contains("basic(lede)"), "the connection is described, without its secret: " + json);
    }

    @Test
    void onlyTheFirstHundredDeadLettersAreListedButAllAreCounted() {
        List<DeadLetter> dead = java.util.stream.IntStream.range(0, 150).mapToObj(i -> new DeadLetter(i,
                PublishIntent.publishPath("/content/" + i, 1, "test"), 1, "404", NOW.toEpochMilli())).toList();
        JsonNode json = new StatusReport(new ObjectMapper(), List.of()).toJson(
                view("running", true, queue(0, null, 10), dead, new PipelineMetrics()));
        assertEquals(150, json.path("deadLetters").path("count").asInt());
        assertEquals(StatusReport.MAX_DEAD_LETTERS, json.path("deadLetters").path("items").size());
    }
}
