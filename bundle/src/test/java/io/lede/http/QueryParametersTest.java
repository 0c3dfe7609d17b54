package io.lede.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QueryParametersTest {
    private static final Set<String> KNOWN = Set.of("q", "size", "from", "sort", "topic");

    private static QueryParameters params(Map<String, String[]> values) throws BadRequestException {
        return new QueryParameters(values, KNOWN);
    }

    @Test
    void unknownParametersAreNamed() {
        BadRequestException e = assertThrows(BadRequestException.class,
                () -> params(Map.of("q", new String[] {"x"}, "pagesize", new String[] {"5"})));
        assertEquals("pagesize", e.parameter());
        assertTrue(e.getMessage().contains("unknown parameter 'pagesize'"), e.getMessage());
    }

    @Test
    void typedValuesWithinTheirRanges() throws BadRequestException {
        QueryParameters p = params(Map.of("q", new String[] {"  Poutine "}, "size", new String[] {"20"},
                "from", new String[] {"2026-11-01"}, "sort", new String[] {"date"},
                "topic", new String[] {"medtop:11000000", " ", "medtop:15000000"}));
        assertEquals(Optional.of("Poutine"), p.string("q", 500));
        assertEquals(20, p.integer("size", 10, 1, 50));
        assertEquals(Optional.of(LocalDate.of(2026, 11, 1)), p.date("from"));
        assertEquals("date", p.oneOf("sort", "relevance", Set.of("relevance", "date")));
        assertEquals(List.of("medtop:11000000", "medtop:15000000"), p.strings("topic", 20, 10));
    }

    @Test
    void absentValuesTakeTheirDefaults() throws BadRequestException {
        QueryParameters p = params(Map.of());
        assertEquals(Optional.empty(), p.string("q", 500));
        assertEquals(10, p.integer("size", 10, 1, 50));
        assertEquals("relevance", p.oneOf("sort", "relevance", Set.of("relevance", "date")));
        assertEquals(Optional.empty(), p.date("from"));
        assertThrows(BadRequestException.class, () -> p.required("q", 10));
    }

    @Test
    void wrongTypesAndRangesSayWhatIsAllowed() throws BadRequestException {
        assertEquals("must be a whole number from 1 to 50, not 'ten'", message(
                () -> params(Map.of("size", new String[] {"ten"})).integer("size", 10, 1, 50)).substring(7));
        assertTrue(message(() -> params(Map.of("size", new String[] {"0"})).integer("size", 10, 1, 50))
                .contains("from 1 to 50, not 0"));
        assertTrue(message(() -> params(Map.of("from", new String[] {"29/11/2026"})).date("from"))
                .contains("date like 2026-11-29"));
        assertTrue(message(() -> params(Map.of("sort", new String[] {"random"})).oneOf("sort", "relevance",
                Set.of("relevance", "date"))).contains("one of date, relevance"));
        assertTrue(message(() -> params(Map.of("q", new String[] {"x".repeat(501)})).string("q", 500))
                .contains("longer than 500"));
        assertTrue(message(() -> params(Map.of("q", new String[] {"a", "b"})).string("q", 500))
                .contains("only once"));
    }

    private interface Call {
        void run() throws BadRequestException;
    }

    private static String message(Call call) {
        return assertThrows(BadRequestException.class, call::run).getMessage();
    }
}
