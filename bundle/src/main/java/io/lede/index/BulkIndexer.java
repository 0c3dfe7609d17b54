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

/**
 * Writes {@link IndexAction}s to the alias in one bulk request and classifies each item's outcome. All writes
 * of the bundle go through here.
 */
public final class BulkIndexer {
    private final ElasticsearchConnection connection;
    private final String alias;

    public BulkIndexer(ElasticsearchConnection connection, String alias) {
        this.connection = connection;
        this.alias = alias;
    }

    /** Outcomes in the order of {@code actions}; never throws for cluster trouble, which is {@code TRANSIENT}. */
    public List<IndexOutcome> write(List<IndexAction> actions) {
        if (actions.isEmpty()) {
            return List.of();
        }
        BulkRequest.Builder request = new BulkRequest.Builder();
        for (IndexAction action : actions) {
            if (action instanceof IndexAction.Upsert up) {
                request.operations(op -> op.index(i -> i.index(alias).id(up.id()).version(up.version())
                        .versionType(VersionType.ExternalGte).document(up.document())));
            } else {
                request.operations(op -> op.delete(d -> d.index(alias).id(action.id()).version(action.version())
                        .versionType(VersionType.ExternalGte)));
            }
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
        List<IndexOutcome> outcomes = new ArrayList<>(actions.size());
        for (BulkResponseItem item : response.items()) {
            outcomes.add(outcome(item));
        }
        return outcomes;
    }

    private static IndexOutcome outcome(BulkResponseItem item) {
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
