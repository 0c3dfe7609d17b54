package io.lede.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.MgetResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.get.GetResult;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.ResponseBody;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@link LateDeleteSweep.Indices} on the cluster: a scroll of ids and versions, multi-get, versioned bulk deletes. */
final class ElasticsearchSweepIndices implements LateDeleteSweep.Indices {
    private static final String SCROLL_KEEP_ALIVE = "5m";

    private final ElasticsearchConnection connection;
    private final ObjectMapper mapper;
    private final int batchSize;

    ElasticsearchSweepIndices(ElasticsearchConnection connection, ObjectMapper mapper, int batchSize) {
        this.connection = connection;
        this.mapper = mapper;
        this.batchSize = batchSize;
    }

    @Override
    public void scan(String index, LateDeleteSweep.BatchConsumer batch) throws Exception {
        ElasticsearchClient client = connection.client();
        BundleClassLoader.call(() -> client.indices().refresh(r -> r.index(index)));
        ObjectNode body = mapper.createObjectNode();
        body.put("size", batchSize);
        body.put("version", true);
        body.put("_source", false);
        body.putArray("sort").add("_doc");
        String json = mapper.writeValueAsString(body);
        ResponseBody<ObjectNode> page = BundleClassLoader.call(() -> client.search(
                s -> s.withJson(new StringReader(json)).index(index).scroll(t -> t.time(SCROLL_KEEP_ALIVE)),
                ObjectNode.class));
        List<String> scrollIds = new ArrayList<>();
        try {
            while (!page.hits().hits().isEmpty()) {
                Map<String, Long> versions = new LinkedHashMap<>();
                for (Hit<ObjectNode> hit : page.hits().hits()) {
                    versions.put(hit.id(), hit.version() == null ? 1L : hit.version());
                }
                batch.accept(versions);
                String scrollId = page.scrollId();
                scrollIds.add(scrollId);
                page = BundleClassLoader.call(() -> client.scroll(
                        s -> s.scrollId(scrollId).scroll(t -> t.time(SCROLL_KEEP_ALIVE)), ObjectNode.class));
            }
        } finally {
            if (page.scrollId() != null) {
                scrollIds.add(page.scrollId());
            }
            if (!scrollIds.isEmpty()) {
                try {
                    BundleClassLoader.call(() -> client.clearScroll(c -> c.scrollId(scrollIds)));
                } catch (Exception e) {
                    // the scroll expires by itself
                }
            }
        }
    }

    @Override
    public Map<String, Long> versions(String index, Collection<String> ids) throws Exception {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<String> list = List.copyOf(ids);
        MgetResponse<ObjectNode> response = BundleClassLoader.call(() -> connection.client().mget(
                m -> m.index(index).ids(list).source(s -> s.fetch(false)), ObjectNode.class));
        Map<String, Long> found = new HashMap<>();
        for (MultiGetResponseItem<ObjectNode> item : response.docs()) {
            if (item.isFailure()) {
                throw new IllegalStateException("cannot read " + item.failure().id() + " from " + index + ": "
                        + item.failure().error().reason());
            }
            GetResult<ObjectNode> result = item.result();
            if (result.found() && result.version() != null) {
                found.put(result.id(), result.version());
            }
        }
        return found;
    }

    @Override
    public Set<String> deleteAt(String index, Map<String, Long> idVersions) throws Exception {
        BulkRequest.Builder request = new BulkRequest.Builder();
        idVersions.forEach((id, version) -> request.operations(op -> op.delete(
                d -> d.index(index).id(id).version(version).versionType(VersionType.ExternalGte))));
        BulkRequest built = request.build();
        BulkResponse response = BundleClassLoader.call(() -> connection.client().bulk(built));
        Set<String> deleted = new HashSet<>();
        for (BulkResponseItem item : response.items()) {
            if (item.error() == null) {
                deleted.add(item.id());
            } else if (item.status() != 409 && item.status() != 404) {
                throw new IllegalStateException("cannot delete " + item.id() + " from " + index + ": HTTP "
                        + item.status() + " " + item.error().reason());
            }
        }
        return deleted;
    }
}
