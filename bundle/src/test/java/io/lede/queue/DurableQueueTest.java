package io.lede.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DurableQueueTest {
    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T10:00:00Z"));
    private final ObjectMapper mapper = new ObjectMapper();

    private DurableQueue open(int capacity) throws IOException {
        return new DurableQueue(dir, capacity, mapper, clock);
    }

    @Test
    void pendingUntilTheLastIntentIsCompleted() throws Exception {
        DurableQueue queue = open(100);
        assertFalse(queue.hasPending());
        queue.enqueue(PublishIntent.publishPath("/a", 100, "test"));
        assertTrue(queue.hasPending());
        QueuedIntent a = queue.claim(10).get(0);
        assertTrue(queue.hasPending(), "a claimed intent still waits for Elasticsearch");
        queue.complete(a);
        assertFalse(queue.hasPending());
    }

    @Test
    void theNewestIntentOfAnArticleWinsAndCompletingItRemovesTheOlderOnes() throws Exception {
        DurableQueue queue = open(100);
        queue.enqueue(PublishIntent.publishPath("/a", 100, "test"));
        queue.enqueue(PublishIntent.unpublish("/a", 300, "test"));
        queue.enqueue(PublishIntent.publishPath("/a", 200, "test")); // arrives late, older action
        queue.enqueue(PublishIntent.publishPath("/b", 100, "test"));

        List<QueuedIntent> batch = queue.claim(10);
        assertEquals(2, batch.size());
        QueuedIntent a = batch.stream().filter(q -> q.intent().articleId().equals("/a")).findFirst().orElseThrow();
        assertEquals(PublishIntent.Action.UNPUBLISH, a.intent().action(), "the unpublish is the newest action");
        assertEquals(3, a.covered().size());
        assertEquals(List.of(), queue.claim(10), "claimed articles are not handed out twice");

        queue.complete(a);
        assertEquals(1, queue.stats().intents());
        assertEquals(1, journalFiles("pending"));
    }

    @Test
    void anIntentArrivingWhileItsArticleIsInFlightStaysQueued() throws Exception {
        DurableQueue queue = open(100);
        queue.enqueue(PublishIntent.publishPath("/a", 100, "test"));
        QueuedIntent first = queue.claim(10).get(0);
        queue.enqueue(PublishIntent.publishPath("/a", 200, "test"));
        queue.complete(first);
        List<QueuedIntent> next = queue.claim(10);
        assertEquals(1, next.size());
        assertEquals(200, next.get(0).intent().version());
    }

    @Test
    void aRestartResumesEveryIntentThatWasNotAcknowledged() throws Exception {
        DurableQueue queue = open(100);
        queue.enqueue(PublishIntent.publishPath("/a", 100, "test"));
        queue.enqueue(PublishIntent.publishPath("/b", 100, "test"));
        QueuedIntent done = queue.claim(1).get(0);
        queue.complete(done);
        queue.claim(10); // claimed but never settled: the JVM "dies" here

        DurableQueue reopened = open(100);
        List<QueuedIntent> resumed = reopened.claim(10);
        assertEquals(1, resumed.size());
        assertTrue(!resumed.get(0).intent().articleId().equals(done.intent().articleId()));
        long seq = reopened.enqueue(PublishIntent.publishPath("/c", 100, "test"));
        assertTrue(seq > resumed.get(0).seq(), "sequence numbers keep increasing across restarts");
    }

    @Test
    void aRetriedIntentWaitsForItsBackoffAndCountsAttempts() throws Exception {
        DurableQueue queue = open(100);
        queue.enqueue(PublishIntent.publishPath("/a", 100, "test"));
        queue.retryLater(queue.claim(1).get(0), "HTTP 503", Duration.ofSeconds(10));
        assertEquals(List.of(), queue.claim(10));
        assertEquals(10_000L, queue.millisUntilNextDue().orElseThrow());
        clock.advance(Duration.ofSeconds(10));
        QueuedIntent again = queue.claim(10).get(0);
        assertEquals(1, again.attempts());
        assertEquals("HTTP 503", queue.stats().lastError());
    }

    @Test
    void deadLettersAreKeptOnDiskAndCanBeRetriedOrDropped() throws Exception {
        DurableQueue queue = open(100);
        queue.enqueue(PublishIntent.publishPath("/a", 100, "test"));
        queue.enqueue(PublishIntent.publishPath("/b", 100, "test"));
        List<QueuedIntent> batch = queue.claim(10);
        queue.deadLetter(batch.get(0), "cannot parse: encrypted");
        queue.deadLetter(batch.get(1), "HTTP 404");

        DurableQueue reopened = open(100);
        List<DeadLetter> letters = reopened.deadLetters();
        assertEquals(2, letters.size());
        assertEquals("cannot parse: encrypted", letters.get(0).reason());
        assertEquals(0, reopened.stats().intents());

        assertTrue(reopened.retryDeadLetter(letters.get(0).seq()));
        assertTrue(reopened.dropDeadLetter(letters.get(1).seq()));
        assertEquals(0, reopened.deadLetters().size());
        assertEquals("/a", reopened.claim(10).get(0).intent().articleId());
    }

    @Test
    void aFullQueueRefusesNewIntents() throws Exception {
        DurableQueue queue = open(2);
        queue.enqueue(PublishIntent.publishPath("/a", 1, "test"));
        queue.enqueue(PublishIntent.publishPath("/b", 1, "test"));
        QueueFullException e = assertThrows(QueueFullException.class,
                () -> queue.enqueue(PublishIntent.publishPath("/c", 1, "test")));
        assertTrue(e.getMessage().contains("/c"));
    }

    @Test
    void anUnreadableJournalFileIsSetAsideAndTheRestResumes() throws Exception {
        DurableQueue queue = open(100);
        queue.enqueue(PublishIntent.publishPath("/a", 1, "test"));
        Files.writeString(dir.resolve("pending").resolve("00000000000000000001.json"), "{ not json");
        Files.writeString(dir.resolve("pending").resolve("00000000000000000002.json.tmp"), "half written");

        DurableQueue reopened = open(100);
        assertEquals(1, reopened.stats().intents());
        assertTrue(Files.exists(dir.resolve("pending").resolve("00000000000000000001.json.corrupt")));
        assertTrue(Files.notExists(dir.resolve("pending").resolve("00000000000000000002.json.tmp")));
    }

    @Test
    void inlineArticlesSurviveTheJournal() throws Exception {
        DurableQueue queue = open(100);
        PublishIntent.InlineArticle article = new PublishIntent.InlineArticle("n1", "https://x/n1", "Titre",
                "<p>Texte</p>", "2026-11-29T10:00:00Z", null, "Monde", List.of("A. B."), List.of("t"), "fr");
        queue.enqueue(new PublishIntent("n1", PublishIntent.Action.PUBLISH, 5, "", article, "lede-event"));
        assertEquals(article, open(100).claim(1).get(0).intent().inline());
    }

    private long journalFiles(String sub) throws IOException {
        try (var files = Files.list(dir.resolve(sub))) {
            return files.filter(p -> p.toString().endsWith(".json")).count();
        }
    }
}
