package io.lede.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.lede.testing.EsHttp;
import io.lede.testing.TestElasticsearch;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The facet aggregations against the project's real mapping, with entities and topics present. */
class FacetsIT {
    private static final String INDEX = "lede-it-facets";

    @Test
    void countsArticlesPerFacetAndNamesEntitiesAndTopics() throws Exception {
        EsHttp es = new EsHttp(TestElasticsearch.get().httpUrl());
        JsonNode mappings = EsHttp.json().readTree(Files.readString(Path.of("..", "es-mappings", "article-mappings.json")));
        if (es.getOrNull("/" + INDEX) != null) {
            es.delete("/" + INDEX);
        }
        es.put("/" + INDEX, Map.of("mappings", mappings, "settings", Map.of("number_of_replicas", 0)));
        es.put("/" + INDEX + "/_doc/a", article("a", "fr", "Monde",
                List.of(entity("Q7747", "person", "Vladimir Poutine"), entity("Q30", "location", "États-Unis")),
                List.of(topic("medtop:11000000", "politique", List.of("medtop:11000000")))));
        es.put("/" + INDEX + "/_doc/b", article("b", "en", "World",
                List.of(entity("Q7747", "person", "Vladimir Putin")),
                List.of(topic("medtop:20000621", "diplomacy", List.of("medtop:11000000", "medtop:20000621")))));
        es.put("/" + INDEX + "/_doc/c", article("c", "en", "World", List.of(), List.of()));
        es.post("/" + INDEX + "/_refresh", null);

        Facets.Result result = new Facets(es, INDEX).of(List.of("a", "b"));

        assertEquals(2, result.total());
        assertEquals(List.of(new Facets.Bucket("en", "en", 1), new Facets.Bucket("fr", "fr", 1)),
                result.facets().get("Language"));
        assertEquals(List.of(new Facets.Bucket("medtop:11000000", "politique", 2)), result.facets().get("Topic (level 1)"));
        List<Facets.Bucket> entities = result.facets().get("Entity");
        assertEquals(2, entities.size());
        assertEquals("Q7747", entities.get(0).key());
        assertEquals(2, entities.get(0).count());
        assertEquals(new Facets.Bucket("Q30", "États-Unis", 1), entities.get(1));
        assertEquals(List.of(new Facets.Bucket("Monde", "Monde", 1), new Facets.Bucket("World", "World", 1)),
                result.facets().get("Section"));
    }

    private static Map<String, Object> article(String id, String language, String section,
                                               List<Map<String, Object>> entities, List<Map<String, Object>> topics) {
        return Map.of("id", id, "title", "Article " + id, "language", language, "section", section,
                "entities", entities, "entityIds", entities.stream().map(e -> e.get("id")).toList(),
                "topics", topics, "topicLevel1", topics.stream().map(t -> ((List<?>) t.get("ancestors")).get(0)).toList());
    }

    private static Map<String, Object> entity(String id, String type, String name) {
        return Map.of("id", id, "type", type, "name", name);
    }

    private static Map<String, Object> topic(String code, String label, List<String> ancestors) {
        return Map.of("code", code, "label", label, "score", 0.8, "level", ancestors.size(), "ancestors", ancestors);
    }
}
