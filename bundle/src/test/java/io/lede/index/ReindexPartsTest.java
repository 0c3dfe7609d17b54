package io.lede.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReindexPartsTest {
    private final IndexLayout layout = new IndexLayout("news", 0, new ObjectMapper());

    @Test
    void generationsAreReadFromVersionedIndexNamesOfTheAliasOnly() {
        assertEquals(1, layout.generationOf("news-v1"));
        assertEquals(12, layout.generationOf(layout.versionedIndex(12)));
        assertEquals(-1, layout.generationOf("news-v"));
        assertEquals(-1, layout.generationOf("news-v2-old"));
        assertEquals(-1, layout.generationOf("newsroom-v3"));
        assertEquals(-1, layout.generationOf("news-v99999999999"));
        assertEquals("news-reindex-target", layout.reindexMarker());
        assertTrue(layout.templateBody(new ObjectMapper()).path("index_patterns").get(0).asText().equals("news-v*"));
    }

    @Test
    void aFailedWriteToTheNewIndexCountsAndAFailedWriteToTheAliasComesFirst() {
        IndexOutcome applied = IndexOutcome.applied();
        IndexOutcome superseded = new IndexOutcome(IndexOutcome.Status.SUPERSEDED, "newer");
        IndexOutcome transientFailure = new IndexOutcome(IndexOutcome.Status.TRANSIENT, "HTTP 429");
        IndexOutcome rejected = new IndexOutcome(IndexOutcome.Status.REJECTED, "HTTP 400 mapper_parsing_exception");
        assertEquals(applied, BulkIndexer.combine(applied, superseded, "news-v2"), "newer in the new index is fine");
        assertEquals(superseded, BulkIndexer.combine(superseded, applied, "news-v2"));
        IndexOutcome retry = BulkIndexer.combine(applied, transientFailure, "news-v2");
        assertEquals(IndexOutcome.Status.TRANSIENT, retry.status());
        assertTrue(retry.message().contains("news-v2"), retry.message());
        assertEquals(IndexOutcome.Status.REJECTED, BulkIndexer.combine(applied, rejected, "news-v2").status());
        assertEquals(transientFailure, BulkIndexer.combine(transientFailure, rejected, "news-v2"));
    }

    @Test
    void progressCountsEachKindAndKeepsTheFirstFailures() {
        ReindexProgress progress = new ReindexProgress();
        assertEquals(ReindexProgress.State.IDLE, progress.snapshot().state());
        progress.start(Instant.parse("2026-11-29T05:00:00Z"));
        progress.total(100);
        progress.copied(false);
        progress.copied(true);
        progress.copied(true);
        progress.skippedNewer();
        for (int i = 0; i < 30; i++) {
            progress.failed("a" + i, "HTTP 400");
        }
        ReindexProgress.Snapshot s = progress.snapshot();
        assertTrue(s.running());
        assertEquals(1, s.copied());
        assertEquals(2, s.reenriched());
        assertEquals(1, s.skippedNewer());
        assertEquals(30, s.failed());
        assertEquals(34, s.processed());
        assertEquals(20, s.failures().size());
        assertEquals("a0: HTTP 400", s.failures().get(0));
        progress.finish(ReindexProgress.State.DONE, "done", Instant.parse("2026-11-29T05:01:00Z"));
        assertFalse(progress.snapshot().running());
        progress.start(Instant.parse("2026-11-29T06:00:00Z"));
        assertEquals(0, progress.snapshot().processed(), "a new reindex starts from zero");
    }

    @Test
    void optionsRejectNonsense() {
        assertThrows(IllegalArgumentException.class,
                () -> new ReindexOptions(ReindexMode.COPY, Duration.ZERO, Duration.ZERO, 0, 0));
        assertThrows(IllegalArgumentException.class,
                () -> new ReindexOptions(ReindexMode.COPY, Duration.ofSeconds(-1), Duration.ZERO, 10, 0));
        ReindexOptions o = ReindexOptions.defaults(ReindexMode.REENRICH_OLDER).withGrace(Duration.ZERO);
        assertEquals(Duration.ZERO, o.grace());
        assertEquals(ReindexOptions.DEFAULT_SETTLE, o.settle());
    }
}
