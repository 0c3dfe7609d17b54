package io.lede.backfill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.lede.enrich.Enricher;
import io.lede.enrich.EnrichmentFactory;
import io.lede.enrich.EnrichmentFactory.EnrichmentSettings;
import io.lede.index.ArticleDocuments;
import io.lede.index.IndexAction;
import io.lede.index.IndexOutcome;
import io.lede.parse.TikaParsing;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job with a recording bulk writer: stop, resume, failures, exactly-once. */
class BackfillJobTest {
    private static TikaParsing tika;
    private static Enricher enricher;
    private static ExecutorService pool;
    private final ObjectMapper mapper = new ObjectMapper();
    @TempDir
    Path tmp;

    @BeforeAll
    static void setUp() {
        tika = TikaParsing.withDefaults();
        enricher = new Enricher(EnrichmentFactory.languageIdentifier(EnrichmentSettings.defaults()),
                (article, language) -> List.of(), (article, language, entities) -> List.of());
        pool = Executors.newFixedThreadPool(2);
    }

    @AfterAll
    static void tearDown() {
        pool.shutdownNow();
        tika.close();
    }

    /** 120 articles, lines 1..120; ids a-0..a-119, and two broken lines among them. */
    private Path export() throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            if (i == 17) {
                lines.add("{broken");
            } else if (i == 90) {
                lines.add("{\"title\":\"no id\"}");
            } else {
                lines.add(mapper.createObjectNode().put("id", "a-" + i).put("title", "Story " + i)
                        .put("body", "<p>The council met on Monday to discuss the harbour, story " + i + ".</p>")
                        .put("modified", "2025-03-01T00:00:" + String.format("%02d", i % 60) + "Z").toString());
            }
        }
        return Files.write(tmp.resolve("export.jsonl"), lines);
    }

    private BackfillJob job(BackfillSource source, BulkWriter writer, boolean resume, int bulkCount) throws IOException {
        return job(source, writer, resume, bulkCount, () -> false);
    }

    private BackfillJob job(BackfillSource source, BulkWriter writer, boolean resume, int bulkCount,
                            BooleanSupplier livePending) throws IOException {
        Path state = tmp.resolve("state");
        BackfillCheckpoint checkpoint = resume
                ? BackfillCheckpoint.resume(state.resolve("checkpoint.json"), source.description(), mapper)
                : BackfillCheckpoint.fresh(state.resolve("checkpoint.json"), source.description(), mapper);
        BackfillFailures failures = new BackfillFailures(state.resolve("failures.jsonl"), mapper, resume);
        return new BackfillJob(source, enricher, new ArticleDocuments(mapper, Clock.systemUTC()), writer, checkpoint,
                failures, new BackfillSettings(2, bulkCount, 1L << 20, 3, Duration.ofMillis(1), Duration.ofMillis(50), 0),
                pool, livePending, mapper);
    }

    @Test
    void stoppedAndResumedEveryArticleIsWrittenExactlyOnce() throws Exception {
        JsonLinesSource source = new JsonLinesSource(export(), tika, mapper);
        List<String> written = Collections.synchronizedList(new ArrayList<>());
        BackfillJob[] first = new BackfillJob[1];
        AtomicInteger bulks = new AtomicInteger();
        BulkWriter stopAfterTwoBulks = actions -> {
            actions.forEach(a -> written.add(a.id()));
            if (bulks.incrementAndGet() == 2) {
                first[0].stop();
            }
            return actions.stream().map(a -> IndexOutcome.applied()).toList();
        };
        first[0] = job(source, stopAfterTwoBulks, false, 10);
        BackfillStatus stopped = first[0].run();
        assertEquals("stopped", stopped.state());
        assertTrue(written.size() < 118, "stopped early: " + written.size());

        BackfillStatus done = job(source, actions -> {
            actions.forEach(a -> written.add(a.id()));
            return actions.stream().map(a -> IndexOutcome.applied()).toList();
        }, true, 10).run();

        assertEquals("done", done.state());
        assertEquals(120, done.total());
        Set<String> expected = new HashSet<>();
        for (int i = 0; i < 120; i++) {
            if (i != 17 && i != 90) {
                expected.add("a-" + i);
            }
        }
        assertEquals(118, written.size(), "no article written twice");
        assertEquals(expected, new HashSet<>(written));
        assertEquals(stopped.skipped() + stopped.indexed() + stopped.failed(), done.skipped());
        assertEquals(2, stopped.failed() + done.failed(), "the two broken lines");
        List<String> failureLines = Files.readAllLines(tmp.resolve("state/failures.jsonl"));
        assertEquals(2, failureLines.size());
        assertTrue(failureLines.get(0).contains("line 18") && failureLines.get(1).contains("line 91"), failureLines.toString());
    }

    @Test
    void bulksRespectCountAndBytesAndNewerVersionsInTheIndexAreNotFailures() throws Exception {
        JsonLinesSource source = new JsonLinesSource(export(), tika, mapper);
        List<Integer> sizes = Collections.synchronizedList(new ArrayList<>());
        BackfillStatus done = job(source, actions -> {
            sizes.add(actions.size());
            return actions.stream().map(a -> a.id().equals("a-3")
                    ? new IndexOutcome(IndexOutcome.Status.SUPERSEDED, "version conflict")
                    : IndexOutcome.applied()).toList();
        }, false, 7).run();
        assertTrue(sizes.stream().allMatch(n -> n <= 7), sizes.toString());
        assertEquals(118, sizes.stream().mapToInt(Integer::intValue).sum());
        assertEquals(117, done.indexed());
        assertEquals(1, done.superseded());
        assertEquals(2, done.failed());
    }

    @Test
    void writesThatKeepFailingAreNotCheckpointedAndAreRetriedOnResume() throws Exception {
        JsonLinesSource source = new JsonLinesSource(export(), tika, mapper);
        BulkWriter flaky = actions -> actions.stream().map(a -> a.id().equals("a-5")
                ? new IndexOutcome(IndexOutcome.Status.TRANSIENT, "HTTP 429 too many requests")
                : IndexOutcome.applied()).toList();
        BackfillStatus first = job(source, flaky, false, 10).run();
        assertEquals(3, first.failed());
        assertTrue(first.failures().stream().anyMatch(f -> f.input().equals("line 6")
                && f.reason().contains("429") && f.reason().contains("tried again on resume")), first.failures().toString());

        List<String> second = Collections.synchronizedList(new ArrayList<>());
        BackfillStatus resumed = job(source, actions -> {
            actions.forEach(a -> second.add(a.id()));
            return actions.stream().map(a -> IndexOutcome.applied()).toList();
        }, true, 10).run();
        assertEquals(List.of("a-5"), second);
        assertEquals(0, resumed.failed());
        assertEquals(119, resumed.skipped());
    }

    @Test
    void everyBulkCarriesTheArticlesOwnVersion() throws Exception {
        JsonLinesSource source = new JsonLinesSource(export(), tika, mapper);
        List<IndexAction> actions = Collections.synchronizedList(new ArrayList<>());
        job(source, batch -> {
            actions.addAll(batch);
            return batch.stream().map(a -> IndexOutcome.applied()).toList();
        }, false, 50).run();
        IndexAction a61 = actions.stream().filter(a -> a.id().equals("a-61")).findFirst().orElseThrow();
        assertEquals(java.time.Instant.parse("2025-03-01T00:00:01Z").toEpochMilli(), a61.version());
        assertEquals("Story 61", ((IndexAction.Upsert) a61).document().path("title").asText());
    }

    @Test
    void failuresCausedByTheStopItselfAreLeftForTheResumeNotMarkedDone() throws Exception {
        JsonLinesSource source = new JsonLinesSource(export(), tika, mapper);
        BackfillJob[] first = new BackfillJob[1];
        BulkWriter clusterClosingAtTheStop = actions -> {
            first[0].stop();
            return actions.stream().map(a -> new IndexOutcome(IndexOutcome.Status.TRANSIENT,
                    "Elasticsearch unreachable: request cancelled")).toList();
        };
        first[0] = job(source, clusterClosingAtTheStop, false, 10);
        BackfillStatus stopped = first[0].run();
        assertEquals("stopped", stopped.state());
        assertEquals(0, stopped.indexed());
        assertTrue(stopped.failures().stream().noneMatch(f -> f.reason().contains("cancelled")), stopped.failures().toString());

        List<String> written = Collections.synchronizedList(new ArrayList<>());
        BackfillStatus resumed = job(source, actions -> {
            actions.forEach(a -> written.add(a.id()));
            return actions.stream().map(a -> IndexOutcome.applied()).toList();
        }, true, 10).run();
        assertEquals(118, new HashSet<>(written).size(), "nothing lost at the stop");
        assertEquals("done", resumed.state());
    }

    /**
     * Inputs wait in the pool (up to the in-flight bound) long after the reader checked for live publishes: each
     * one checks again on its worker thread right before it is loaded and enriched.
     */
    @Test
    void everyInputYieldsToLivePublishesRightBeforeItIsPrepared() throws Exception {
        ThreadLocal<Boolean> clearedOnThisThread = ThreadLocal.withInitial(() -> false);
        AtomicInteger checks = new AtomicInteger();
        BooleanSupplier livePending = () -> {
            boolean pending = checks.incrementAndGet() % 2 == 0;
            clearedOnThisThread.set(!pending);
            return pending;
        };
        JsonLinesSource jsonLines = new JsonLinesSource(export(), tika, mapper);
        AtomicInteger preparedWithoutCheck = new AtomicInteger();
        BackfillSource source = new BackfillSource() {
            @Override
            public String description() {
                return jsonLines.description();
            }

            @Override
            public ItemReader open() throws IOException {
                return jsonLines.open();
            }

            @Override
            public LoadedArticle load(BackfillItem item) throws BackfillException {
                if (!clearedOnThisThread.get()) {
                    preparedWithoutCheck.incrementAndGet();
                }
                clearedOnThisThread.set(false);
                return jsonLines.load(item);
            }
        };
        BackfillStatus done = job(source, actions -> actions.stream().map(a -> IndexOutcome.applied()).toList(),
                false, 10, livePending).run();
        assertEquals("done", done.state());
        assertEquals(118, done.indexed());
        assertEquals(0, preparedWithoutCheck.get(), "inputs prepared without a check for live publishes just before");
    }
}
