package io.lede.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.ResponseBody;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Zero-downtime reindex of the article alias, without server-side {@code _reindex} (the minimal Elasticsearch
 * build has none): creates {@code <alias>-v<N+1>} from the current template, marks it so that every live write
 * also lands there ({@link ReindexTargetWatcher}), waits until writers noticed, copies (or enriches again) every
 * document of the current index with a scroll and bulk requests at the document's own external version, copies
 * once more what was indexed since the start (writes that were in flight when the marker appeared), removes what
 * the old index lost since the copy read it (unpublishes in flight when the marker appeared, {@link LateDeleteSweep}),
 * then moves the alias in one {@code _aliases} request and deletes the old index after a grace period. Searches keep using the
 * alias throughout. Live writes carry newer versions than the copies, so the newest version wins in the new index
 * whatever the order, and unpublished articles stay deleted (delete tombstones outlive the reindex).
 * <p>
 * Any failure before the switch removes the marker and the new index and leaves the alias where it was.
 */
public final class Reindexer {
    private static final Logger LOG = LoggerFactory.getLogger(Reindexer.class);
    private static final String SCROLL_KEEP_ALIVE = "5m";
    /** How far back, before the marker appeared, the catch-up pass looks for documents written in flight. */
    private static final Duration CATCH_UP_MARGIN = Duration.ofMinutes(1);
    private static final int BULK_ATTEMPTS = 5;

    private final ElasticsearchConnection connection;
    private final IndexManager indexes;
    private final IndexLayout layout;
    private final AliasLookup lookup;
    private final DocumentRewriter rewriter;
    private final ReindexOptions options;
    private final ReindexProgress progress;
    private final ObjectMapper mapper;
    private final Clock clock;

    /** {@code rewriter} may be null only for {@link ReindexMode#COPY}. */
    public Reindexer(ElasticsearchConnection connection, IndexManager indexes, DocumentRewriter rewriter,
                     ReindexOptions options, ReindexProgress progress, ObjectMapper mapper, Clock clock) {
        if (rewriter == null && options.mode() != ReindexMode.COPY) {
            throw new IllegalArgumentException("enriching documents again needs the enrichment models");
        }
        this.connection = connection;
        this.indexes = indexes;
        this.layout = indexes.layout();
        this.lookup = new AliasLookup(connection, layout);
        this.rewriter = rewriter;
        this.options = options;
        this.progress = progress;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** Runs the whole reindex on the calling thread; the outcome is in the returned (and the live) progress. */
    public ReindexProgress.Snapshot run() throws InterruptedException {
        progress.start(clock.instant());
        String target = null;
        boolean switched = false;
        try {
            indexes.ensureIndex();
            String source = currentIndex();
            target = nextIndex();
            progress.indices(source, target);
            createMarked(target);
            LOG.info("Reindex of {}: {} -> {} ({}); waiting {} s for writers to write to both", layout.alias(), source,
                    target, options.mode(), options.settle().toSeconds());
            progress.state(ReindexProgress.State.PREPARING, "waiting for writers to notice " + target);
            pause(options.settle());
            Instant marked = clock.instant().minus(options.settle());
            refresh(source);
            progress.state(ReindexProgress.State.COPYING, "copying " + source + " to " + target);
            copy(source, target, null, false);
            progress.state(ReindexProgress.State.CATCHING_UP, "copying what was written since the start");
            refresh(source);
            copy(source, target, marked.minus(CATCH_UP_MARGIN), true);
            progress.state(ReindexProgress.State.CATCHING_UP, "removing what was unpublished during the copy");
            int unpublished = new LateDeleteSweep(new ElasticsearchSweepIndices(connection, mapper,
                    options.batchSize()), () -> pause(options.settle()), options.batchSize()).sweep(source, target);
            if (unpublished > 0) {
                LOG.info("Reindex of {}: {} documents unpublished during the copy removed from {}", layout.alias(),
                        unpublished, target);
            }
            long failed = progress.failedCount();
            if (failed > options.maxFailures()) {
                throw new IllegalStateException(failed + " documents could not be copied (at most "
                        + options.maxFailures() + " allowed); the alias stays on " + source);
            }
            switchAlias(source, target);
            switched = true;
            refresh(source);
            refresh(target);
            LOG.info("Reindex of {}: alias moved to {} ({}); {} is deleted in {} s", layout.alias(), target,
                    countsOf(source, target), source, options.grace().toSeconds());
            progress.state(ReindexProgress.State.SWITCHED, "alias on " + target + "; " + source
                    + " kept for the grace period until " + clock.instant().plus(options.grace()));
            pause(options.grace());
            deleteIndex(source);
            progress.finish(ReindexProgress.State.DONE, "alias on " + target + "; " + source + " deleted",
                    clock.instant());
        } catch (InterruptedException e) {
            if (switched) {
                progress.finish(ReindexProgress.State.DONE, "alias on " + target + "; stopped during the grace "
                        + "period, so the old index " + progress.snapshot().sourceIndex() + " is still there",
                        clock.instant());
            } else {
                abandon(target, "stopped", false);
            }
            throw e;
        } catch (Exception e) {
            if (switched) {
                LOG.error("Reindex of {}: the alias moved to {} but the old index could not be deleted: {}",
                        layout.alias(), target, e.toString());
                progress.finish(ReindexProgress.State.DONE, "alias on " + target + "; old index not deleted: "
                        + e.getMessage(), clock.instant());
            } else {
                LOG.error("Reindex of {} failed; the alias stays where it was", layout.alias(), e);
                abandon(target, e.getMessage(), true);
            }
        }
        return progress.snapshot();
    }

    private String currentIndex() throws Exception {
        Map<String, Set<String>> indices = lookup.aliasesByIndex();
        for (Map.Entry<String, Set<String>> e : indices.entrySet()) {
            if (e.getValue().contains(layout.reindexMarker())) {
                throw new IllegalStateException("another reindex is building " + e.getKey() + " (alias "
                        + layout.reindexMarker() + "); remove that alias and index if it was abandoned");
            }
        }
        List<String> current = indices.entrySet().stream().filter(e -> e.getValue().contains(layout.alias()))
                .map(Map.Entry::getKey).toList();
        if (current.size() != 1) {
            throw new IllegalStateException("alias " + layout.alias() + " must be on exactly one index, is on "
                    + current);
        }
        return current.get(0);
    }

    private String nextIndex() throws Exception {
        int highest = lookup.aliasesByIndex().keySet().stream().mapToInt(layout::generationOf).max().orElse(0);
        return layout.versionedIndex(highest + 1);
    }

    private void createMarked(String target) throws Exception {
        ElasticsearchClient client = connection.client();
        BundleClassLoader.call(() -> client.indices().create(
                c -> c.index(target).aliases(layout.reindexMarker(), a -> a.isWriteIndex(true))));
    }

    /**
     * Copies the documents of {@code source} (those indexed since {@code since}, or all) to {@code target}; the
     * catch-up pass is counted apart, its documents having been counted by the first pass already.
     */
    private void copy(String source, String target, Instant since, boolean catchUp) throws Exception {
        ElasticsearchClient client = connection.client();
        ObjectNode body = mapper.createObjectNode();
        body.put("size", options.batchSize());
        body.put("version", true);
        body.putArray("sort").add("_doc");
        if (since != null) {
            body.putObject("query").putObject("range").putObject("indexedAt").put("gte", since.toString());
        }
        String json = mapper.writeValueAsString(body);
        ResponseBody<ObjectNode> page = BundleClassLoader.call(() -> client.search(
                s -> s.withJson(new StringReader(json)).index(source).scroll(t -> t.time(SCROLL_KEEP_ALIVE)),
                ObjectNode.class));
        if (!catchUp && page.hits().total() != null) {
            progress.total(page.hits().total().value());
        }
        List<String> scrollIds = new ArrayList<>();
        try {
            while (!page.hits().hits().isEmpty()) {
                String scrollId = page.scrollId();
                scrollIds.add(scrollId);
                write(target, page.hits().hits(), catchUp);
                page = BundleClassLoader.call(() -> client.scroll(
                        s -> s.scrollId(scrollId).scroll(t -> t.time(SCROLL_KEEP_ALIVE)), ObjectNode.class));
            }
        } finally {
            if (page.scrollId() != null) {
                scrollIds.add(page.scrollId());
            }
            clearScroll(scrollIds);
        }
    }

    private void write(String target, List<Hit<ObjectNode>> hits, boolean catchUp) throws Exception {
        BulkRequest.Builder request = new BulkRequest.Builder();
        List<Hit<ObjectNode>> written = new ArrayList<>();
        List<Boolean> reenriched = new ArrayList<>();
        for (Hit<ObjectNode> hit : hits) {
            ObjectNode stored = hit.source();
            long version = hit.version() == null ? 1 : hit.version();
            boolean again = needsEnrichment(stored);
            ObjectNode document;
            try {
                document = again ? rewriter.rewrite(hit.id(), stored, version) : stored;
            } catch (Exception e) {
                LOG.error("Reindex: article {} cannot be enriched again and is not copied: {}", hit.id(), e.toString());
                progress.failed(hit.id(), "cannot enrich again: " + e.getMessage());
                continue;
            }
            request.operations(op -> op.index(i -> i.index(target).id(hit.id()).version(version)
                    .versionType(VersionType.ExternalGte).document(document)));
            written.add(hit);
            reenriched.add(again);
        }
        if (written.isEmpty()) {
            return;
        }
        BulkResponse response = bulkPatiently(request.build());
        List<BulkResponseItem> items = response.items();
        for (int i = 0; i < items.size(); i++) {
            BulkResponseItem item = items.get(i);
            if (catchUp && (item.error() == null || item.status() == 409)) {
                progress.caughtUp();
            } else if (item.error() == null) {
                progress.copied(reenriched.get(i));
            } else if (item.status() == 409) {
                progress.skippedNewer();
            } else {
                String reason = item.error().type() + ": " + item.error().reason();
                LOG.error("Reindex: article {} is not copied: HTTP {} {}", written.get(i).id(), item.status(), reason);
                progress.failed(written.get(i).id(), "HTTP " + item.status() + " " + reason);
            }
        }
    }

    private boolean needsEnrichment(ObjectNode stored) {
        return switch (options.mode()) {
            case COPY -> false;
            case REENRICH_ALL -> true;
            case REENRICH_OLDER -> stored == null
                    || !rewriter.currentEnrichmentVersion().equals(stored.path("enrichmentVersion").asText(""));
        };
    }

    /** A bulk request, retried with a growing pause while the cluster is unreachable or overloaded. */
    private BulkResponse bulkPatiently(BulkRequest request) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                return BundleClassLoader.call(() -> connection.client().bulk(request));
            } catch (Exception e) {
                if (attempt == BULK_ATTEMPTS || e instanceof InterruptedException) {
                    throw e;
                }
                LOG.warn("Reindex: bulk request failed (attempt {} of {}), retrying: {}", attempt, BULK_ATTEMPTS,
                        e.toString());
                pause(Duration.ofSeconds(attempt * 2L));
            }
        }
    }

    private void switchAlias(String source, String target) throws Exception {
        String alias = layout.alias();
        String marker = layout.reindexMarker();
        BundleClassLoader.call(() -> connection.client().indices().updateAliases(u -> u
                .actions(a -> a.remove(r -> r.index(source).alias(alias)))
                .actions(a -> a.add(r -> r.index(target).alias(alias).isWriteIndex(true)))
                .actions(a -> a.remove(r -> r.index(target).alias(marker)))));
    }

    /** Removes the marker, waits until writers stopped writing to the new index, then deletes it. */
    private void abandon(String target, String reason, boolean waitForWriters) {
        progress.finish(ReindexProgress.State.FAILED, "failed, alias unchanged: " + reason, clock.instant());
        if (target == null) {
            return;
        }
        try {
            String marker = layout.reindexMarker();
            if (lookup.indicesWith(marker).contains(target)) {
                BundleClassLoader.call(() -> connection.client().indices().updateAliases(
                        u -> u.actions(a -> a.remove(r -> r.index(target).alias(marker)))));
                if (waitForWriters) {
                    pause(options.settle());
                }
            }
            if (lookup.aliasesByIndex().containsKey(target)) {
                deleteIndex(target);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            LOG.error("Reindex: cannot remove the abandoned index {}; remove it and the alias {} by hand: {}",
                    target, layout.reindexMarker(), e.toString());
        }
    }

    private void refresh(String index) throws Exception {
        BundleClassLoader.call(() -> connection.client().indices().refresh(r -> r.index(index)));
    }

    private void deleteIndex(String index) throws Exception {
        BundleClassLoader.call(() -> connection.client().indices().delete(d -> d.index(index)));
        LOG.info("Reindex: deleted index {}", index);
    }

    private String countsOf(String source, String target) {
        try {
            long before = BundleClassLoader.call(() -> connection.client().count(c -> c.index(source)).count());
            long after = BundleClassLoader.call(() -> connection.client().count(c -> c.index(target)).count());
            return before + " documents in " + source + ", " + after + " in " + target;
        } catch (Exception e) {
            return "counts unavailable: " + e.getMessage();
        }
    }

    private void clearScroll(List<String> scrollIds) {
        if (scrollIds.isEmpty()) {
            return;
        }
        try {
            BundleClassLoader.call(() -> connection.client().clearScroll(c -> c.scrollId(scrollIds)));
        } catch (Exception e) {
            LOG.debug("cannot clear scroll: {}", e.toString());
        }
    }

    private static void pause(Duration duration) throws InterruptedException {
        if (!duration.isZero()) {
            Thread.sleep(duration.toMillis());
        }
    }
}
