package io.lede.pipeline;

import java.time.Duration;
import java.util.random.RandomGenerator;

/** Exponential backoff with jitter: base × 2^attempt, capped, spread by ±20%. */
public final class Backoff {
    private final Duration base;
    private final Duration max;
    private final RandomGenerator random;

    public Backoff(Duration base, Duration max, RandomGenerator random) {
        this.base = base;
        this.max = max;
        this.random = random;
    }

    public Duration delay(int attempt) {
        double exp = base.toMillis() * Math.pow(2, Math.min(attempt, 30));
        double capped = Math.min(exp, max.toMillis());
        double jitter = 0.8 + 0.4 * random.nextDouble();
        return Duration.ofMillis(Math.max(1, Math.round(capped * jitter)));
    }
}
