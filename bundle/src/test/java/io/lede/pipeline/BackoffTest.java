package io.lede.pipeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BackoffTest {
    @Test
    void delaysGrowExponentiallyWithinJitterAndStayCapped() {
        Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(1), new Random(3));
        for (int attempt = 0; attempt < 40; attempt++) {
            long expected = Math.min(1000L << Math.min(attempt, 20), 60_000L);
            long ms = backoff.delay(attempt).toMillis();
            assertTrue(ms >= expected * 0.8 - 1 && ms <= expected * 1.2 + 1, attempt + ": " + ms);
        }
    }
}
