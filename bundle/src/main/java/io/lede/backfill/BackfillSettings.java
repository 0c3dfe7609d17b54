package io.lede.backfill;

import java.time.Duration;

/**
 * How a backfill runs.
 *
 * @param threads         enrichment workers
 * @param bulkCount       most articles per bulk request
 * @param bulkBytes       most bytes of documents per bulk request
 * @param bulkAttempts    attempts of a bulk request while Elasticsearch is unreachable or overloaded
 * @param retryBase       first wait between those attempts; doubles each time
 * @param flushAfter      a partial bulk is written after this long without a new document
 * @param maxPerSecond    most inputs read a second; 0 for no limit
 */
public record BackfillSettings(int threads, int bulkCount, long bulkBytes, int bulkAttempts, Duration retryBase,
                               Duration flushAfter, double maxPerSecond) {
    public BackfillSettings {
        if (threads < 1 || bulkCount < 1 || bulkBytes < 1 || bulkAttempts < 1) {
            throw new IllegalArgumentException("threads, bulk count, bulk bytes and attempts must be positive");
        }
        if (!(maxPerSecond >= 0)) {
            throw new IllegalArgumentException("the most inputs a second is 0 (no limit) or positive");
        }
    }

    /** The given sizes and rate, with the standard retries (8 attempts from 1 s) and a 500 ms flush. */
    public static BackfillSettings of(int threads, int bulkCount, long bulkBytes, double maxPerSecond) {
        return new BackfillSettings(threads, bulkCount, bulkBytes, 8, Duration.ofSeconds(1), Duration.ofMillis(500),
                maxPerSecond);
    }

    /** Documents that may be loaded and waiting at once: bounds the memory whatever the archive size. */
    public int maxInFlight() {
        return 2 * bulkCount + 2 * threads;
    }
}
