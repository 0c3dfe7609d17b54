package io.lede.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the indexed entity objects of some entity ids: one nested document of an article per id. */
final class IndexedEntities implements EntityLabelCache.Loader {
    private final ElasticsearchClient client;
    private final SearchSettings settings;

    IndexedEntities(ElasticsearchClient client, SearchSettings settings) {
        this.client = client;
        this.settings = settings;
    }

    @Override
    public Map<String, JsonNode> load(Collection<String> ids) throws SearchUnavailableException {
        List<String> list = List.copyOf(ids);
        Query withIds = Query.of(q -> q.terms(t -> t.field("entities.id").terms(v -> v.value(
                ArticleQueries.values(list)))));
        SearchResponse<Void> response = ElasticsearchCalls.call("entity labels",
                () -> client.search(s -> s.index(settings.alias()).size(0).timeout(settings.timeoutParameter())
                        .query(q -> q.nested(n -> n.path("entities").query(withIds)))
                        .aggregations("entities", a -> a.nested(n -> n.path("entities"))
                                .aggregations("wanted", w -> w.filter(withIds)
                                        .aggregations("ids", i -> i.terms(t -> t.field("entities.id").size(list.size()))
                                                .aggregations("entity", e -> e.topHits(h -> h.size(1)))))),
                        Void.class));
        if (Boolean.TRUE.equals(response.timedOut())) {
            throw new SearchUnavailableException("entity labels timed out after " + settings.timeoutParameter(),
                    null);
        }
        Map<String, JsonNode> out = new HashMap<>();
        for (StringTermsBucket b : response.aggregations().get("entities").nested().aggregations().get("wanted")
                .filter().aggregations().get("ids").sterms().buckets().array()) {
            out.put(b.key().stringValue(), b.aggregations().get("entity").topHits().hits().hits().get(0).source()
                    .to(JsonNode.class));
        }
        return out;
    }
}
