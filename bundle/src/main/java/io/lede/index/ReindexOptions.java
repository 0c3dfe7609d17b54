package io.lede.index;

import java.time.Duration;

/**
 * How a reindex runs.
 *
 * @param mode        copy, or enrich again all or only older documents
 * @param settle      wait after marking the new index and before copying, so that every writer (this bundle,
 *                    other cluster members) has noticed the marker and writes to both indices; longer than
 *                    the {@link ReindexTargetWatcher}'s interval plus the longest bulk request
 * @param grace       how long the old index is kept after the alias switched (0: deleted at once)
 * @param batchSize   documents per scroll page and bulk request
 * @param maxFailures documents that may fail to copy before the reindex is abandoned (the alias then stays)
 */
public record ReindexOptions(ReindexMode mode, Duration settle, Duration grace, int batchSize, int maxFailures) {
    public static final Duration DEFAULT_SETTLE = Duration.ofSeconds(5);
    public static final Duration DEFAULT_GRACE = Duration.ofMinutes(10);

    public ReindexOptions {
        if (batchSize < 1 || maxFailures < 0 || settle.isNegative() || grace.isNegative()) {
            throw new IllegalArgumentException("invalid reindex options: " + batchSize + " per batch, "
                    + maxFailures + " failures allowed, settle " + settle + ", grace " + grace);
        }
    }

    public static ReindexOptions defaults(ReindexMode mode) {
        return new ReindexOptions(mode, DEFAULT_SETTLE, DEFAULT_GRACE, 500, 0);
    }

    public ReindexOptions withGrace(Duration newGrace) {
        return new ReindexOptions(mode, settle, newGrace, batchSize, maxFailures);
    }

    public ReindexOptions withSettle(Duration newSettle) {
        return new ReindexOptions(mode, newSettle, grace, batchSize, maxFailures);
    }
}
