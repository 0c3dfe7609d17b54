package io.lede.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Time;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionBoostMode;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionScoreMode;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lede.topics.MediaTopicVocabulary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The articles most related to one article: shared entities (by id, so across languages) weighted by how
 * central they are to the article, shared topics, similar text, and closeness in time. Each result says which
 * entities and topics it shares.
 */
public final class RelatedCoverage {
    static final int MOST_ENTITIES = 12;
    static final double ENTITY_WEIGHT = 3.0;
    static final double TOPIC_WEIGHT = 1.0;
    static final double LEVEL1_TOPIC_WEIGHT = 0.3;
    static final double TEXT_WEIGHT = 0.5;

    private final ElasticsearchClient client;
    private final SearchSettings settings;
    private final Labels labels;
    private final ObjectMapper mapper;

    public RelatedCoverage(ElasticsearchClient client, SearchSettings settings, MediaTopicVocabulary topics,
                           ObjectMapper mapper) {
        this.client = client;
        this.settings = settings;
        this.labels = new Labels(topics);
        this.mapper = mapper;
    }

    public ObjectNode related(String id, int size, String ui) throws SearchUnavailableException,
            ArticleNotFoundException {
        GetResponse<JsonNode> article = ElasticsearchCalls.call("related coverage",
                () -> client.get(g -> g.index(settings.alias()).id(id)
                        .sourceExcludes("body", "description", "topics.evidence"), JsonNode.class));
        if (!article.found() || article.source() == null) {
            throw new ArticleNotFoundException(id);
        }
        JsonNode source = article.source();
        Query query = query(id, article.index(), source);
        SearchResponse<JsonNode> response = ElasticsearchCalls.call("related coverage",
                () -> client.search(s -> s.index(settings.alias()).query(query).size(size)
                        .timeout(settings.timeoutParameter())
                        .source(src -> src.filter(f -> f.includes("id", "url", "title", "language", "published",
                                "entityIds", "topicCodes"))), JsonNode.class));
        if (Boolean.TRUE.equals(response.timedOut())) {
            throw new SearchUnavailableException("related coverage timed out after "
                    + settings.timeoutParameter(), null);
        }
        ObjectNode out = mapper.createObjectNode();
        out.put("id", id);
        ArrayNode results = out.putArray("results");
        for (Hit<JsonNode> hit : response.hits().hits()) {
            results.add(result(hit, source, ui));
        }
        return out;
    }

    Query query(String id, String index, JsonNode article) {
        BoolQuery.Builder shared = new BoolQuery.Builder().minimumShouldMatch("1");
        for (JsonNode entity : centralEntities(article)) {
            double weight = ENTITY_WEIGHT * (0.25 + entity.path("salience").asDouble());
            String entityId = entity.path("id").asText();
            shared.should(s -> s.term(t -> t.field("entityIds").value(entityId).boost((float) weight)));
        }
        for (String code : topicCodes(article)) {
            double weight = labels.topicLevel(code) == 1 ? LEVEL1_TOPIC_WEIGHT : TOPIC_WEIGHT;
            shared.should(s -> s.term(t -> t.field("topicCodes").value(code).boost((float) weight)));
        }
        // similar text in the article's own language (its analyser drops stop words and stems)
        String language = article.path("language").asText();
        String suffix = settings.languages().contains(language) ? "." + language : "";
        shared.should(s -> s.moreLikeThis(m -> m.fields("title" + suffix, "body" + suffix)
                .like(l -> l.document(d -> d.index(index).id(id)))
                .minTermFreq(1).minDocFreq(2).maxQueryTerms(30).minimumShouldMatch("20%")
                .boost((float) TEXT_WEIGHT)));
        shared.mustNot(n -> n.ids(i -> i.values(id)));
        Query candidates = shared.build()._toQuery();
        String published = article.path("published").asText("");
        if (published.isEmpty()) {
            return candidates;
        }
        // score × (1 + closeness in time): a story of the same days ranks up to twice as high
        return Query.of(q -> q.functionScore(fs -> fs.query(candidates)
                .functions(f -> f.gauss(g -> g.date(d -> d.field("published").placement(p -> p.origin(published)
                        .scale(Time.of(t -> t.time("30d")))
                        .offset(Time.of(t -> t.time("2d")))
                        .decay(0.5)))))
                .functions(f -> f.weight(1.0))
                .scoreMode(FunctionScoreMode.Sum).boostMode(FunctionBoostMode.Multiply)));
    }

    private static List<JsonNode> centralEntities(JsonNode article) {
        List<JsonNode> entities = new ArrayList<>();
        article.path("entities").forEach(entities::add);
        entities.sort(Comparator.comparingDouble((JsonNode e) -> -e.path("salience").asDouble()));
        return entities.subList(0, Math.min(MOST_ENTITIES, entities.size()));
    }

    private static Set<String> topicCodes(JsonNode article) {
        Set<String> codes = new LinkedHashSet<>();
        article.path("topicCodes").forEach(c -> codes.add(c.asText()));
        return codes;
    }

    private ObjectNode result(Hit<JsonNode> hit, JsonNode article, String ui) {
        JsonNode src = hit.source();
        ObjectNode r = mapper.createObjectNode();
        r.put("id", src.path("id").asText());
        r.put("url", src.path("url").asText(null));
        r.put("title", src.path("title").asText());
        r.put("language", src.path("language").asText());
        r.put("published", src.path("published").asText(null));
        r.put("score", hit.score() == null ? 0 : Math.round(hit.score() * 1000) / 1000.0);
        ObjectNode why = r.putObject("why");
        Set<String> theirEntities = new HashSet<>();
        src.path("entityIds").forEach(e -> theirEntities.add(e.asText()));
        ArrayNode entities = why.putArray("entities");
        for (JsonNode e : centralEntities(article)) {
            if (theirEntities.contains(e.path("id").asText())) {
                entities.addObject().put("id", e.path("id").asText()).put("label", Labels.entity(e, ui));
            }
        }
        Set<String> theirTopics = new HashSet<>();
        src.path("topicCodes").forEach(c -> theirTopics.add(c.asText()));
        Map<String, String> sharedTopics = new LinkedHashMap<>();
        for (JsonNode t : article.path("topics")) {
            String code = t.path("code").asText();
            String top = labels.topLevel(code);
            String shared = theirTopics.contains(code) ? code : theirTopics.contains(top) ? top : null;
            if (shared != null) {
                sharedTopics.putIfAbsent(shared, labels.topic(shared, ui));
            }
        }
        ArrayNode topics = why.putArray("topics");
        sharedTopics.forEach((code, label) -> topics.addObject().put("code", code).put("label", label));
        return r;
    }
}
