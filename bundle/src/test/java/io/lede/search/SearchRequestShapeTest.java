package io.lede.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lede.topics.MediaTopicVocabulary;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The shape of the search request (nothing is sent: the client's transport is never used). */
class SearchRequestShapeTest {
    private final ObjectMapper json = new ObjectMapper();
    private final RestClient rest = RestClient.builder(new HttpHost("127.0.0.1", 9)).build();
    private final SearchService service = new SearchService(new ElasticsearchClient(new RestClientTransport(rest,
            new JacksonJsonpMapper())), new SearchSettings("articles", List.of("fr", "en", "de"), 50, 500,
            Duration.ofSeconds(2)), MediaTopicVocabulary.load(), json);

    @AfterEach
    void close() throws Exception {
        rest.close();
    }

    private JsonNode request(SearchQuery q) throws Exception {
        return json.readTree(JsonpUtils.toJsonString(service.request(q), new JacksonJsonpMapper()));
    }

    private static List<String> highlighted(JsonNode request) {
        List<String> fields = new ArrayList<>();
        JsonNode f = request.path("highlight").path("fields");
        if (f.isArray()) {
            f.forEach(entry -> entry.fieldNames().forEachRemaining(fields::add));
        } else {
            f.fieldNames().forEachRemaining(fields::add);
        }
        return fields;
    }

    private static JsonNode highlightField(JsonNode request, String name) {
        JsonNode f = request.path("highlight").path("fields");
        if (f.isArray()) {
            for (JsonNode entry : f) {
                if (entry.has(name)) {
                    return entry.get(name);
                }
            }
        }
        return f.path(name);
    }

    @Test
    void withoutTextOnlyTheBodyLeadIsHighlighted() throws Exception {
        JsonNode r = request(SearchQuery.text(""));
        assertEquals(List.of("body"), highlighted(r));
        assertEquals(SearchService.SNIPPET_CHARS, highlightField(r, "body").path("no_match_size").asInt());
    }

    @Test
    void eachLanguageFieldIsHighlightedWithTheTextOnThatFieldOnly() throws Exception {
        JsonNode r = request(SearchQuery.text("sommets"));
        assertEquals(Set.of("title.fr", "body.fr", "title.en", "body.en", "title.de", "body.de", "title", "body"),
                Set.copyOf(highlighted(r)));
        assertEquals("sommets", highlightField(r, "body.fr").path("highlight_query").path("match").path("body.fr")
                .path("query").asText(), r.toString());
        String standard = highlightField(r, "title").path("highlight_query").toString();
        assertTrue(standard.contains("must_not") && standard.contains("\"title^3\""), standard);
    }

    @Test
    void aLanguageFilterLimitsTheHighlightedFields() throws Exception {
        SearchQuery q = new SearchQuery("sommets", "en", List.of("fr"), List.of(), List.of(), List.of(), List.of(),
                List.of(), null, null, SearchQuery.Sort.RELEVANCE, 1, 10);
        assertEquals(Set.of("title.fr", "body.fr", "title", "body"), Set.copyOf(highlighted(request(q))));
    }

    @Test
    void facetsNeedNoNestedDocumentsAndOnlyTheShownTopicCodes() throws Exception {
        JsonNode aggs = request(SearchQuery.text("")).path("aggregations");
        assertFalse(aggs.toString().contains("top_hits") || aggs.toString().contains("nested"), aggs.toString());
        assertEquals("personIds", aggs.path("people").path("terms").path("field").asText());
        assertEquals("locationIds", aggs.path("places").path("terms").path("field").asText());
        JsonNode include = aggs.path("topicCodes").path("terms").path("include");
        List<String> codes = new ArrayList<>();
        include.forEach(c -> codes.add(c.asText()));
        assertTrue(codes.contains("medtop:01000000") && codes.contains("medtop:20000002"), codes.toString());
        assertTrue(codes.size() < 200, "levels 1 and 2 only: " + codes.size());
        assertEquals(codes.size(), aggs.path("topicCodes").path("terms").path("size").asInt());
    }
}
