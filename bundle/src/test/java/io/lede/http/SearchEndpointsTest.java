package io.lede.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lede.search.SearchQuery;
import io.lede.search.SearchSettings;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchEndpointsTest {
    private final SearchEndpoints endpoints = new SearchEndpoints(null, null, null,
            new SearchSettings("a", List.of("en", "fr", "de"), 50, 500, Duration.ofSeconds(2)));

    @Test
    void readsEveryParameterOfASearch() throws BadRequestException {
        SearchQuery q = endpoints.searchQuery(Map.ofEntries(Map.entry("q", new String[] {" sommets "}),
                Map.entry("ui", new String[] {"fr"}), Map.entry("language", new String[] {"fr", "de"}),
                Map.entry("topic", new String[] {"medtop:11000000"}),
                Map.entry("entity", new String[] {"Q7747", "Q6279"}),
                Map.entry("entityType", new String[] {"person"}), Map.entry("section", new String[] {"monde"}),
                Map.entry("author", new String[] {"Claire Dumas"}), Map.entry("from", new String[] {"2026-11-01"}),
                Map.entry("to", new String[] {"2026-11-30"}), Map.entry("sort", new String[] {"date"}),
                Map.entry("page", new String[] {"2"}), Map.entry("size", new String[] {"20"})));
        assertEquals("sommets", q.text());
        assertEquals("fr", q.ui());
        assertEquals(List.of("fr", "de"), q.languages());
        assertEquals(List.of("Q7747", "Q6279"), q.entities());
        assertEquals(LocalDate.of(2026, 11, 30), q.to());
        assertEquals(SearchQuery.Sort.DATE, q.sort());
        assertEquals(2, q.page());
        assertEquals(20, q.size());
    }

    @Test
    void defaultsWithoutParameters() throws BadRequestException {
        SearchQuery q = endpoints.searchQuery(Map.of());
        assertEquals("", q.text());
        assertEquals("en", q.ui());
        assertEquals(SearchQuery.Sort.RELEVANCE, q.sort());
        assertEquals(1, q.page());
        assertEquals(10, q.size());
    }

    @Test
    void badParametersNameThemselves() {
        Map<String, String> bad = Map.ofEntries(Map.entry("size", "51"), Map.entry("page", "0"),
                Map.entry("from", "2026-13-01"), Map.entry("to", "yesterday"), Map.entry("sort", "score"),
                Map.entry("ui", "ru"), Map.entry("language", "xx"), Map.entry("entityType", "event"),
                Map.entry("topic", "politics"), Map.entry("q", "x".repeat(501)));
        bad.forEach((name, value) -> {
            BadRequestException e = assertThrows(BadRequestException.class,
                    () -> endpoints.searchQuery(Map.of(name, new String[] {value})), name + "=" + value);
            assertEquals(name, e.parameter());
            assertTrue(e.getMessage().contains(name), e.getMessage());
        });
        BadRequestException unknown = assertThrows(BadRequestException.class,
                () -> endpoints.searchQuery(Map.of("query", new String[] {"x"})));
        assertEquals("query", unknown.parameter());
        BadRequestException reversed = assertThrows(BadRequestException.class, () -> endpoints.searchQuery(
                Map.of("from", new String[] {"2026-11-20"}, "to", new String[] {"2026-11-10"})));
        assertEquals("to", reversed.parameter());
    }

    @Test
    void relatedAndEntitiesAnswer400WithoutTouchingElasticsearch() {
        assertEquals(400, endpoints.related(Map.of()).status());
        assertEquals(400, endpoints.related(Map.of("id", new String[] {"a"}, "size", new String[] {"21"})).status());
        assertEquals(400, endpoints.entities(Map.of("prefix", new String[] {"x".repeat(101)})).status());
        assertEquals(400, endpoints.entities(Map.of("prefix", new String[] {"pou"}, "size", new String[] {"0"}))
                .status());
    }
}
