package io.lede.demo;

import com.fasterxml.jackson.databind.JsonNode;
import io.lede.testing.EsHttp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Facet counts over the demo's articles from one Elasticsearch search with aggregations: by language, by
 * level-1 topic, by entity and by section. Entity names and topic labels come from nested aggregations over
 * {@code entities} and {@code topics}.
 */
final class Facets {
    private static final int SIZE = 25;

    /** One facet value: its key, a readable label (may equal the key) and the number of articles. */
    record Bucket(String key, String label, long count) {
    }

    /** Facets by title, in display order. */
    record Result(long total, Map<String, List<Bucket>> facets) {
    }

    private final EsHttp es;
    private final String alias;

    Facets(EsHttp es, String alias) {
        this.es = es;
        this.alias = alias;
    }

    Result of(Collection<String> ids) {
        Map<String, Object> aggs = new LinkedHashMap<>();
        aggs.put("language", terms("language"));
        aggs.put("topicLevel1", terms("topicLevel1"));
        aggs.put("entityIds", terms("entityIds"));
        aggs.put("section", terms("section"));
        aggs.put("entityNames", Map.of("nested", Map.of("path", "entities"),
                "aggs", Map.of("ids", labelled("entities.id", "entities.name"))));
        aggs.put("topicLabels", Map.of("nested", Map.of("path", "topics"),
                "aggs", Map.of("codes", labelled("topics.code", "topics.label"))));
        JsonNode response = es.post("/" + alias + "/_search", Map.of(
                "size", 0,
                "track_total_hits", true,
                "query", Map.of("terms", Map.of("id", List.copyOf(ids))),
                "aggs", aggs));
        JsonNode a = response.path("aggregations");
        Map<String, String> entityNames = labels(a.path("entityNames").path("ids"));
        Map<String, String> topicLabels = labels(a.path("topicLabels").path("codes"));
        Map<String, List<Bucket>> facets = new LinkedHashMap<>();
        facets.put("Language", buckets(a.path("language"), Map.of()));
        facets.put("Topic (level 1)", buckets(a.path("topicLevel1"), topicLabels));
        facets.put("Entity", buckets(a.path("entityIds"), entityNames));
        facets.put("Section", buckets(a.path("section"), Map.of()));
        return new Result(response.path("hits").path("total").path("value").asLong(), facets);
    }

    private static Map<String, Object> terms(String field) {
        return Map.of("terms", Map.of("field", field, "size", SIZE));
    }

    /** Terms on {@code keyField}, each with its most frequent {@code labelField}. */
    private static Map<String, Object> labelled(String keyField, String labelField) {
        return Map.of("terms", Map.of("field", keyField, "size", 1000),
                "aggs", Map.of("label", Map.of("terms", Map.of("field", labelField, "size", 1))));
    }

    private static Map<String, String> labels(JsonNode terms) {
        Map<String, String> labels = new HashMap<>();
        for (JsonNode b : terms.path("buckets")) {
            JsonNode label = b.path("label").path("buckets").path(0).path("key");
            if (!label.isMissingNode()) {
                labels.put(b.path("key").asText(), label.asText());
            }
        }
        return labels;
    }

    private static List<Bucket> buckets(JsonNode terms, Map<String, String> labels) {
        List<Bucket> buckets = new ArrayList<>();
        for (JsonNode b : terms.path("buckets")) {
            String key = b.path("key").asText();
            buckets.add(new Bucket(key, labels.getOrDefault(key, key), b.path("doc_count").asLong()));
        }
        return buckets;
    }
}
