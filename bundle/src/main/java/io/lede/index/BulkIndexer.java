package io.lede.index;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.ErrorCause;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Writes {@link IndexAction}s to the alias in one bulk request and classifies each item's outcome. All writes
 * of the bundle go through here. While a reindex builds a new index, every action is also written to it in the
 * same request (same external version, so the copy of the reindex and the live write settle on the newest).
 */
public final class BulkIndexer {
    private final ElasticsearchConnection connection;
    private final String alias;
    private final Supplier<Optional<String>> reindexTarget;

    public BulkIndexer(ElasticsearchConnection connection, String alias) {
        this(connection, alias, Optional::empty);
    }

    /** {@code reindexTarget} names the index a running reindex is building, if any (see {@link ReindexTargetWatcher}). */
    public BulkIndexer(ElasticsearchConnection connection, String alias, Supplier<Optional<String>> reindexTarget) {
        this.connection = connection;
        this.alias = alias;
        this.reindexTarget = reindexTarget;
    }

    /** Outcomes in the order of {@code actions}; never throws for cluster trouble, which is {@code TRANSIENT}. */
    public List<IndexOutcome> write(List<IndexAction> actions) {
        if (actions.isEmpty()) {
            return List.of();
        }
        Optional<String> also = reindexTarget.get();
        BulkRequest.Builder request = new BulkRequest.Builder();
        for (IndexAction action : actions) {
            add(request, alias, action);
            also.ifPresent(index -> add(request, index, action));
        }
        BulkResponse response;
        try {
            BulkRequest built = request.build();
            response = BundleClassLoader.call(() -> connection.client().bulk(built));
        } catch (ElasticsearchException e) {
            return all(actions.size(), classify(e.status(), e.getMessage()));
        } catch (Exception e) {
            return all(actions.size(), new IndexOutcome(IndexOutcome.Status.TRANSIENT,
                    "Elasticsearch unreachable: " + describe(e)));
        }
        List<BulkResponseItem> items = response.items();
        int step = also.isPresent() ? 2 : 1;
        List<IndexOutcome> outcomes = new ArrayList<>(actions.size());
        for (int i = 0; i < actions.size(); i++) {
            IndexOutcome primary = outcome(items.get(i * step));
            outcomes.add(step == 1 ? primary : combine(primary, outcome(items.get(i * step + 1)), also.get()));
        }
        return outcomes;
    }

    static void add(BulkRequest.Builder request, String index, IndexAction action) {
        if (action instanceof IndexAction.Upsert up) {
            request.operations(op -> op.index(i -> i.index(index).id(up.id()).version(up.version())
                    .versionType(VersionType.ExternalGte).document(up.document())));
        } else {
            request.operations(op -> op.delete(d -> d.index(index).id(action.id()).version(action.version())
                    .versionType(VersionType.ExternalGte)));
        }
    }

    /** The write to the reindex's index counts when it failed (retried or rejected); otherwise the alias's. */
    static IndexOutcome combine(IndexOutcome primary, IndexOutcome secondary, String index) {
        if (primary.status() == IndexOutcome.Status.TRANSIENT) {
            return primary;
        }
        if (secondary.status() == IndexOutcome.Status.TRANSIENT || secondary.status() == IndexOutcome.Status.REJECTED) {
            return new IndexOutcome(secondary.status(), "new index " + index + " (reindex): " + secondary.message());
        }
        return primary;
    }

    static IndexOutcome outcome(BulkResponseItem item) {
        ErrorCause error = item.error();
        if (error == null) {
            return IndexOutcome.applied();
        }
        if (item.status() == 404 && "delete".equals(item.operationType().jsonValue())) {
            return IndexOutcome.applied();
        }
        if (item.status() == 409) {
            return new IndexOutcome(IndexOutcome.Status.SUPERSEDED, error.reason());
        }
        return classify(item.status(), error.type() + ": " + error.reason());
    }

    static IndexOutcome classify(int status, String message) {
        boolean retry = status == 429 || status >= 500 || status == 401 || status == 403 || status == 408;
        return new IndexOutcome(retry ? IndexOutcome.Status.TRANSIENT : IndexOutcome.Status.REJECTED,
                "HTTP " + status + " " + message);
    }

    private static List<IndexOutcome> all(int n, IndexOutcome outcome) {
        return new ArrayList<>(Collections.nCopies(n, outcome));
    }

    private static String describe(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String msg = root.getMessage();
        return root.getClass().getSimpleName() + (msg == null ? "" : ": " + msg);
    }
}
