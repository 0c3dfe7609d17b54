package io.lede.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.lede.index.IndexAction;
import io.lede.index.IndexOutcome;
import io.lede.queue.DurableQueue;
import io.lede.queue.PublishIntent;
import io.lede.stages.Stage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublishWorkerTest {
    @TempDir
    Path dir;
    private final PipelineMetrics metrics = new PipelineMetrics();
    private final ManualExecutor pool = new ManualExecutor();
    private final List<List<IndexAction>> bulks = new ArrayList<>();
    private final Map<String, IndexOutcome> outcomeById = new HashMap<>();

    private DurableQueue queue() throws Exception {
        return new DurableQueue(dir, 1000, new ObjectMapper(), Clock.systemUTC());
    }

    private List<IndexOutcome> write(List<IndexAction> actions) {
        bulks.add(actions);
        return actions.stream().map(a -> outcomeById.getOrDefault(a.id(), IndexOutcome.applied())).toList();
    }

    private static IndexAction prepare(PublishIntent intent) throws ProcessingException {
        if (intent.articleId().startsWith("/bad")) {
            throw new ProcessingException("cannot parse " + intent.articleId(), false, null);
        }
        if (intent.action() == PublishIntent.Action.UNPUBLISH) {
            return new IndexAction.Delete(intent.articleId(), intent.version());
        }
        return new IndexAction.Upsert(intent.articleId(), intent.version(), new ObjectMapper().createObjectNode());
    }

    private PublishWorker worker(DurableQueue queue, int batchSize, Duration linger, int maxAttempts) {
        return new PublishWorker(queue, PublishWorkerTest::prepare, this::write, pool, batchSize, linger,
                new Backoff(Duration.ofMillis(1), Duration.ofMillis(1), new Random(1)), maxAttempts, metrics,
                () -> true);
    }

    private List<String> writtenIds() {
        return bulks.stream().flatMap(List::stream).map(IndexAction::id).toList();
    }

    @Test
    void aSlowArticleDoesNotHoldBackTheOthersOfItsBatch() throws Exception {
        DurableQueue queue = queue();
        queue.enqueue(PublishIntent.publishPath("/slow", 1, "test"));
        for (int i = 0; i < 4; i++) {
            queue.enqueue(PublishIntent.publishPath("/fast" + i, 1, "test"));
        }
        PublishWorker worker = worker(queue, 10, Duration.ZERO, 3);

        worker.step(); // claims all five
        assertEquals(5, pool.pending());
        pool.runAllButFirst(); // /slow was enqueued first
        worker.step();

        assertEquals(List.of("/fast0", "/fast1", "/fast2", "/fast3"), writtenIds(),
                "the prepared articles are written while /slow is still being prepared");
        assertEquals(1, queue.stats().intents(), "only /slow is left in the journal");

        pool.runAll();
        worker.step();
        assertEquals("/slow", writtenIds().get(4));
        assertEquals(0, queue.stats().intents());
        assertEquals(5, metrics.snapshot().indexed());
    }

    @Test
    void preparedWritesShareABulkWhileOthersArePreparedWithinTheLinger() throws Exception {
        DurableQueue queue = queue();
        queue.enqueue(PublishIntent.publishPath("/slow", 1, "test"));
        queue.enqueue(PublishIntent.publishPath("/a", 1, "test"));
        queue.enqueue(PublishIntent.publishPath("/b", 1, "test"));
        PublishWorker worker = worker(queue, 10, Duration.ofHours(1), 3);

        worker.step();
        pool.runAllButFirst(); // /slow was enqueued first
        worker.step();
        assertEquals(List.of(), bulks, "within the linger and with /slow still preparing, /a and /b wait");

        pool.runAll();
        worker.step();
        assertEquals(1, bulks.size(), "once nothing is preparing, everything goes out in one bulk");
        assertEquals(Set.of("/slow", "/a", "/b"), Set.copyOf(writtenIds()));
    }

    @Test
    void aFullBulkIsWrittenAtOnce() throws Exception {
        DurableQueue queue = queue();
        for (int i = 0; i < 5; i++) {
            queue.enqueue(PublishIntent.publishPath("/a" + i, 1, "test"));
        }
        PublishWorker worker = worker(queue, 2, Duration.ofHours(1), 3);
        while (queue.stats().intents() > 0) {
            worker.step();
            pool.runAll();
        }
        assertEquals(List.of(2, 2, 1), bulks.stream().map(List::size).toList());
    }

    @Test
    void onlyTheNewestIntentOfAnArticleIsWrittenAndAnUnpublishAfterAPublishWins() throws Exception {
        DurableQueue queue = queue();
        queue.enqueue(PublishIntent.publishPath("/a", 100, "test"));
        queue.enqueue(PublishIntent.unpublish("/a", 300, "test"));
        queue.enqueue(PublishIntent.publishPath("/a", 200, "test"));
        PublishWorker worker = worker(queue, 10, Duration.ZERO, 3);

        worker.step();
        pool.runAll();
        worker.step();

        assertEquals(1, writtenIds().size());
        IndexAction written = bulks.get(0).get(0);
        assertTrue(written instanceof IndexAction.Delete);
        assertEquals(300, written.version());
        assertEquals(0, queue.stats().intents(), "the older intents leave the journal with the newest");
        assertEquals(1, metrics.snapshot().deleted());
    }

    @Test
    void anArticleIsNotPreparedTwiceWhileANewerIntentArrivesDuringItsPreparation() throws Exception {
        DurableQueue queue = queue();
        queue.enqueue(PublishIntent.publishPath("/a", 100, "test"));
        PublishWorker worker = worker(queue, 10, Duration.ofHours(1), 3);
        worker.step();
        queue.enqueue(PublishIntent.publishPath("/a", 200, "test"));
        worker.step();
        assertEquals(1, pool.pending(), "the newer intent waits until the article is settled");

        pool.runAll();
        worker.step();
        worker.step();
        pool.runAll();
        worker.step();
        assertEquals(List.of(100L, 200L), bulks.stream().flatMap(List::stream).map(IndexAction::version).toList());
        assertEquals(0, queue.stats().intents());
    }

    @Test
    void transientOutcomesAreRetriedAndTheArticlesOwnFailuresEndAsDeadLetters() throws Exception {
        DurableQueue queue = queue();
        queue.enqueue(PublishIntent.publishPath("/bad", 1, "test"));
        queue.enqueue(PublishIntent.publishPath("/busy", 1, "test"));
        queue.enqueue(PublishIntent.publishPath("/good", 1, "test"));
        outcomeById.put("/busy", new IndexOutcome(IndexOutcome.Status.TRANSIENT, "HTTP 429"));
        PublishWorker worker = worker(queue, 10, Duration.ZERO, 2);

        for (int round = 0; round < 200 && queue.stats().deadLetters() == 0; round++) {
            worker.step();
            pool.runAll();
        }
        assertEquals(1, queue.deadLetters().size());
        assertEquals("/bad", queue.deadLetters().get(0).intent().articleId());
        assertTrue(queue.deadLetters().get(0).reason().contains("cannot parse /bad"));
        assertTrue(metrics.snapshot().retried() >= 2, "/busy and the first failure of /bad were retried");
        assertEquals(1, metrics.snapshot().indexed(), "/good is indexed");
        assertEquals(1, queue.stats().intents(), "/busy stays queued");
    }

    @Test
    void stoppingReleasesClaimedArticlesSoThatTheyAreClaimedAgain() throws Exception {
        DurableQueue queue = queue();
        queue.enqueue(PublishIntent.publishPath("/a", 1, "test"));
        queue.enqueue(PublishIntent.publishPath("/b", 1, "test"));
        PublishWorker worker = worker(queue, 10, Duration.ofHours(1), 3);
        worker.step();
        assertEquals(List.of(), queue.claim(10), "claimed by the worker");

        worker.stop();
        worker.run(); // returns at once and releases
        assertEquals(2, queue.claim(10).size());
    }

    @Test
    void theIndexStageIsTimedPerBulk() throws Exception {
        DurableQueue queue = queue();
        queue.enqueue(PublishIntent.publishPath("/a", 1, "test"));
        PublishWorker worker = worker(queue, 10, Duration.ZERO, 3);
        worker.step();
        pool.runAll();
        worker.step();
        assertEquals(1, metrics.snapshot().stageLatencies().get(Stage.INDEX).count());
    }

    /** Runs submitted preparations only when the test says so, in submission (= claim = journal) order. */
    private static final class ManualExecutor implements Executor {
        private final List<Runnable> tasks = new ArrayList<>();

        @Override
        public void execute(Runnable command) {
            tasks.add(command);
        }

        int pending() {
            return tasks.size();
        }

        void runAll() {
            List<Runnable> now = new ArrayList<>(tasks);
            tasks.clear();
            now.forEach(Runnable::run);
        }

        /** Leaves the first submitted preparation pending: the first article enqueued. */
        void runAllButFirst() {
            List<Runnable> now = new ArrayList<>(tasks.subList(1, tasks.size()));
            tasks.subList(1, tasks.size()).clear();
            now.forEach(Runnable::run);
        }
    }
}
