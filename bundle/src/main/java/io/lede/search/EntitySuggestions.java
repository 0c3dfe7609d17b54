package io.lede.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lede.topics.TextFolding;

/**
 * Type-ahead over the entities of indexed articles: a prefix of any word of any label (all languages), case
 * and accents ignored (the index holds the folded labels too), most-covered entities first.
 */
public final class EntitySuggestions {
    private final ElasticsearchClient client;
    private final SearchSettings settings;
    private final ObjectMapper mapper;

    public EntitySuggestions(ElasticsearchClient client, SearchSettings settings, ObjectMapper mapper) {
        this.client = client;
        this.settings = settings;
        this.mapper = mapper;
    }

    public ObjectNode suggest(String prefix, int size, String ui) throws SearchUnavailableException {
        ObjectNode out = mapper.createObjectNode();
        ArrayNode results = out.putArray("results");
        String folded = TextFolding.fold(prefix);
        if (folded.isEmpty()) {
            return out;
        }
        Query matches = Query.of(q -> q.matchBoolPrefix(m -> m.field("entities.suggest").query(folded)
                .operator(Operator.And)));
        SearchResponse<Void> response = ElasticsearchCalls.call("entity suggestions",
                () -> client.search(s -> s.index(settings.alias()).size(0).timeout(settings.timeoutParameter())
                        .query(q -> q.nested(n -> n.path("entities").query(matches)))
                        .aggregations("entities", a -> a.nested(n -> n.path("entities"))
                                .aggregations("matching", m -> m.filter(matches)
                                        .aggregations("ids", ids -> ids.terms(t -> t.field("entities.id").size(size))
                                                .aggregations("entity", e -> e.topHits(h -> h.size(1)))))),
                        Void.class));
        if (Boolean.TRUE.equals(response.timedOut())) {
            throw new SearchUnavailableException("entity suggestions timed out after "
                    + settings.timeoutParameter(), null);
        }
        for (StringTermsBucket b : response.aggregations().get("entities").nested().aggregations().get("matching")
                .filter().aggregations().get("ids").sterms().buckets().array()) {
            JsonNode entity = b.aggregations().get("entity").topHits().hits().hits().get(0).source()
                    .to(JsonNode.class);
            results.addObject().put("id", b.key().stringValue()).put("type", entity.path("type").asText())
                    .put("label", Labels.entity(entity, ui)).put("count", b.docCount());
        }
        return out;
    }
}
