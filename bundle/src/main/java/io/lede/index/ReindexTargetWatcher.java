package io.lede.index;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the {@link BulkIndexer} which index a running reindex is building, so that live writes go there too.
 * The reindex marks its new index with {@link IndexLayout#reindexMarker()}; this looks the marker up at most once
 * per {@code interval} (only when there are writes), so a reindex started by another process (the command line)
 * is noticed within that interval. The {@link Reindexer} waits longer than that before it copies anything.
 */
public final class ReindexTargetWatcher {
    private static final Logger LOG = LoggerFactory.getLogger(ReindexTargetWatcher.class);

    private final AliasLookup lookup;
    private final String marker;
    private final Duration interval;
    private final Clock clock;
    private Optional<String> target = Optional.empty();
    private long checkedAt = Long.MIN_VALUE;

    public ReindexTargetWatcher(ElasticsearchConnection connection, IndexLayout layout, Duration interval, Clock clock) {
        this.lookup = new AliasLookup(connection, layout);
        this.marker = layout.reindexMarker();
        this.interval = interval;
        this.clock = clock;
    }

    /** The index being built by a reindex, if any; looked up again when the last answer is older than the interval. */
    public synchronized Optional<String> target() {
        long now = clock.millis();
        if (checkedAt != Long.MIN_VALUE && now - checkedAt < interval.toMillis()) {
            return target;
        }
        try {
            List<String> marked = lookup.indicesWith(marker);
            Optional<String> found = marked.isEmpty() ? Optional.empty() : Optional.of(marked.get(0));
            if (!found.equals(target)) {
                LOG.info(found.isPresent() ? "Reindex in progress: writes also go to {}"
                        : "No reindex in progress any more{}", found.orElse(""));
            }
            target = found;
            checkedAt = now;
        } catch (Exception e) {
            // keep the last answer; the write itself will report the cluster's trouble
            LOG.debug("cannot look up the reindex marker {}: {}", marker, e.toString());
        }
        return target;
    }
}
