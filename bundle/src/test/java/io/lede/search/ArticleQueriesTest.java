package io.lede.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleQueriesTest {
    private final ArticleQueries queries = new ArticleQueries(List.of("en", "fr"));
    private final ObjectMapper json = new ObjectMapper();

    private JsonNode toJson(Query q) throws Exception {
        java.io.StringWriter out = new java.io.StringWriter();
        JacksonJsonpMapper mapper = new JacksonJsonpMapper();
        try (var generator = mapper.jsonProvider().createGenerator(out)) {
            q.serialize(generator, mapper);
        }
        return json.readTree(out.toString());
    }

    @Test
    void userTextIsOnlyEverAQueryValue() throws Exception {
        String hostile = "\" } }, {\"match_all\": {}} OR title:* AND body:/.*/";
        JsonNode q = toJson(queries.query(SearchQuery.text(hostile)));
        List<JsonNode> texts = q.findValues("query");
        assertTrue(texts.stream().allMatch(t -> t.isTextual() ? t.asText().equals(hostile) : true), q.toString());
        assertEquals(3, q.findValues("multi_match").size(), "one clause per language plus the other languages");
        assertTrue(q.findValues("query_string").isEmpty() && q.findValues("simple_query_string").isEmpty());
        assertTrue(JsonpUtils.toString(queries.query(SearchQuery.text(hostile))).contains("cross_fields"));
    }

    @Test
    void eachLanguageIsSearchedOnItsOwnSubFields() throws Exception {
        JsonNode q = toJson(queries.fullText("sommets"));
        String text = q.toString();
        assertTrue(text.contains("\"body.fr\"") && text.contains("\"title.fr^3\"") && text.contains("\"body.en\""), text);
        assertTrue(text.contains("\"language\":{\"value\":\"fr\"}") || text.contains("\"language\":\"fr\""), text);
    }

    @Test
    void toIsInclusiveAndTopicsAndEntitiesMustAllMatch() throws Exception {
        SearchQuery q = new SearchQuery("", "en", List.of(), List.of("medtop:11000000", "medtop:20000638"),
                List.of("Q7747", "Q6279"), List.of("person"), List.of(), List.of(), LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 24), SearchQuery.Sort.DATE, 1, 10);
        String filters = queries.filters(q).stream().map(f -> {
            try {
                return toJson(f).toString();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).reduce("", String::concat);
        assertEquals(6, queries.filters(q).size(), filters);
        assertTrue(filters.contains("2026-11-01T00:00:00Z") && filters.contains("2026-11-25T00:00:00Z"), filters);
        assertTrue(filters.contains("\"lt\""), "the day after 'to' is excluded: " + filters);
        assertTrue(filters.contains("personIds"), filters);
    }

    @Test
    void escapesLikeTheHtmlEncoder() {
        assertEquals("a &lt;b&gt; &amp; &quot;c&quot; &#x27;d&#x27; e&#x2F;f", HtmlText.escape("a <b> & \"c\" 'd' e/f"));
    }
}
