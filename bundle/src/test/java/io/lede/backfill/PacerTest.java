package io.lede.backfill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class PacerTest {
    /** A clock that only moves when the pacer sleeps or the test says so. */
    private static final class FakeTime {
        long now = 1_000_000_000L;
        final List<Long> sleeps = new ArrayList<>();

        Pacer pacer(double perSecond) {
            return new Pacer(perSecond, () -> now, nanos -> {
                sleeps.add(nanos);
                now += nanos;
            });
        }
    }

    @Test
    void unlimitedNeverWaits() throws InterruptedException {
        FakeTime time = new FakeTime();
        Pacer pacer = time.pacer(0);
        for (int i = 0; i < 1000; i++) {
            assertTrue(pacer.awaitTurn(() -> false));
        }
        assertEquals(List.of(), time.sleeps);
    }

    @Test
    void turnsAreOneIntervalApart() throws InterruptedException {
        FakeTime time = new FakeTime();
        Pacer pacer = time.pacer(4);
        long start = time.now;
        for (int i = 0; i < 9; i++) {
            assertTrue(pacer.awaitTurn(() -> false));
        }
        assertEquals(8 * 250_000_000L, time.now - start, "nine turns at 4 a second span two seconds");
        assertTrue(time.sleeps.stream().allMatch(n -> n <= 100_000_000L), "sleeps in slices: " + time.sleeps);
    }

    @Test
    void aPauseIsNotMadeUpForWithABurst() throws InterruptedException {
        FakeTime time = new FakeTime();
        Pacer pacer = time.pacer(10);
        pacer.awaitTurn(() -> false);
        time.now += 5_000_000_000L;
        pacer.awaitTurn(() -> false);
        long afterPause = time.now;
        pacer.awaitTurn(() -> false);
        assertEquals(100_000_000L, time.now - afterPause);
    }

    @Test
    void aStopEndsTheWait() throws InterruptedException {
        FakeTime time = new FakeTime();
        AtomicBoolean stopping = new AtomicBoolean();
        long before = time.now;
        Pacer.Sleeper stopAfterFirstSlice = nanos -> {
            time.now += nanos;
            stopping.set(true);
        };
        Pacer watched = new Pacer(0.1, () -> time.now, stopAfterFirstSlice);
        assertTrue(watched.awaitTurn(stopping::get));
        assertFalse(watched.awaitTurn(stopping::get), "the second turn, ten seconds away, gives way to the stop");
        assertTrue(time.now - before <= 100_000_000L, "stopped within one slice");
    }

    @Test
    void aNegativeRateIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new FakeTime().pacer(-1));
    }
}
