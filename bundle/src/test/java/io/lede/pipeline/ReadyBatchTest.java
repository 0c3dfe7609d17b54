package io.lede.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lede.index.IndexAction;
import io.lede.queue.PublishIntent;
import io.lede.queue.QueuedIntent;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadyBatchTest {
    private static QueuedIntent intent(String id) {
        return new QueuedIntent(1, PublishIntent.unpublish(id, 1, "test"), 0, List.of(1L));
    }

    private static void add(ReadyBatch batch, String id, long now) {
        batch.add(intent(id), new IndexAction.Delete(id, 1), now);
    }

    @Test
    void anEmptyBatchIsNeverFlushed() {
        ReadyBatch batch = new ReadyBatch(3, 100);
        assertFalse(batch.shouldFlush(1_000_000, true));
        assertEquals(0, batch.nanosUntilLingerEnds(5));
    }

    @Test
    void aBatchIsFlushedWhenFullWhenItsFirstWriteLingeredLongEnoughOrWhenNothingElseIsPreparing() {
        ReadyBatch batch = new ReadyBatch(3, 100);
        add(batch, "/a", 1000);
        add(batch, "/b", 1050);
        assertFalse(batch.shouldFlush(1099, false));
        assertEquals(1, batch.nanosUntilLingerEnds(1099));
        assertTrue(batch.shouldFlush(1100, false), "the first write waited the linger time");
        assertTrue(batch.shouldFlush(1001, true), "nothing else is coming");
        add(batch, "/c", 1060);
        assertTrue(batch.shouldFlush(1061, false), "full");
    }

    @Test
    void clearingStartsTheLingerAfresh() {
        ReadyBatch batch = new ReadyBatch(3, 100);
        add(batch, "/a", 0);
        assertEquals(List.of("/a"), batch.actions().stream().map(IndexAction::id).toList());
        batch.clear();
        add(batch, "/b", 500);
        assertFalse(batch.shouldFlush(550, false));
        assertEquals(50, batch.nanosUntilLingerEnds(550));
    }
}
