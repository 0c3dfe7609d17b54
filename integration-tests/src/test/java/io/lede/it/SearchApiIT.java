package io.lede.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.lede.testing.FixtureArticle;
import io.lede.testing.HttpClientJson;
import io.lede.testing.HttpClientJson.Answer;
import io.lede.testing.SearchCorpus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code /lede/api/search} and {@code /lede/api/entities} over the fixture corpus published through the real
 * pipeline. Every expected count is derived from the fixture's declarations.
 */
class SearchApiIT {
    private static SearchCorpus corpus;
    private static HttpClientJson http;
    private static List<FixtureArticle> articles;

    @BeforeAll
    static void indexCorpus() throws Exception {
        corpus = SearchCorpus.shared();
        http = corpus.http();
        articles = corpus.articles();
    }

    static JsonNode search(Map<String, List<String>> params) throws Exception {
        Answer a = http.get("/lede/api/search", params);
        assertEquals(200, a.status(), "search " + params + ": " + a.body());
        assertTrue(a.raw().headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        return a.body();
    }

    static long count(Predicate<FixtureArticle> p) {
        return articles.stream().filter(p).count();
    }

    static Set<String> ids(JsonNode response) {
        Set<String> ids = new HashSet<>();
        response.path("results").forEach(r -> ids.add(r.path("id").asText()));
        return ids;
    }

    @Test
    void everyArticleIsIndexedWithItsDeclaredEntitiesAndTopics() {
        List<String> differences = new ArrayList<>();
        for (FixtureArticle a : articles) {
            JsonNode doc = corpus.elasticsearch().get("/" + corpus.alias() + "/_doc/" + a.id()).path("_source");
            Set<String> linked = new HashSet<>();
            doc.path("entityIds").forEach(e -> {
                if (e.asText().matches("Q\\d+")) {
                    linked.add(e.asText());
                }
            });
            Set<String> topics = new HashSet<>();
            doc.path("topicCodes").forEach(t -> topics.add(t.asText()));
            if (!linked.equals(new HashSet<>(a.expected().entities()))) {
                differences.add(a.id() + " entities " + linked + " declared " + a.expected().entities());
            }
            if (!topics.equals(new HashSet<>(a.expected().topics()))) {
                differences.add(a.id() + " topics " + topics + " declared " + a.expected().topics());
            }
            assertEquals(a.language(), doc.path("language").asText(), a.id());
        }
        assertTrue(differences.isEmpty(), String.join("\n", differences));
    }

    @Test
    void facetCountsOfTheWholeCorpus() throws Exception {
        JsonNode r = search(Map.of("size", List.of("1")));
        assertEquals(articles.size(), r.path("total").asInt());
        JsonNode facets = r.path("facets");
        assertEquals(counts(a -> List.of(a.language())), valueCounts(facets.path("languages")));
        assertEquals(counts(a -> List.of(a.section())), valueCounts(facets.path("sections")));
        Map<String, Long> days = counts(a -> List.of(a.day()));
        Map<String, Long> dateFacet = new TreeMap<>();
        facets.path("dates").forEach(d -> dateFacet.put(d.path("date").asText(), d.path("count").asLong()));
        assertEquals(new TreeMap<>(days), dateFacet, "one bucket per day with articles");
        Map<String, Long> topics = counts(a -> a.expected().topics());
        JsonNode topicFacet = facets.path("topics");
        long levelOne = topics.keySet().stream().filter(SearchApiIT::levelOne).count();
        assertEquals(levelOne, topicFacet.size(), "every level-1 topic of the corpus: " + topicFacet);
        for (JsonNode t : topicFacet) {
            assertEquals(topics.get(t.path("code").asText()), t.path("count").asLong(), t.toString());
            for (JsonNode child : t.path("children")) {
                assertEquals(topics.get(child.path("code").asText()), child.path("count").asLong(), child.toString());
            }
        }
        assertSortedByCount(topicFacet);
        Map<String, Long> entities = counts(a -> a.expected().entities());
        for (String type : List.of("people", "organizations", "places")) {
            JsonNode list = facets.path(type);
            assertTrue(list.size() > 0 && list.size() <= 10, type + ": " + list);
            assertSortedByCount(list);
            for (JsonNode e : list) {
                if (e.path("id").asText().matches("Q\\d+")) { // the fixture declares linked entities only
                    assertEquals(entities.get(e.path("id").asText()), e.path("count").asLong(), type + " " + e);
                }
            }
        }
        JsonNode putin = find(facets.path("people"), "Q7747");
        assertEquals("Vladimir Putin", putin.path("label").asText());
    }

    @Test
    void labelsFollowTheUiLanguage() throws Exception {
        JsonNode r = search(Map.of("ui", List.of("fr"), "entity", List.of("Q7747"), "size", List.of("1")));
        assertEquals("Vladimir Poutine", find(r.path("facets").path("people"), "Q7747").path("label").asText());
        assertEquals("Moscou", find(r.path("facets").path("places"), "Q649").path("label").asText());
        assertEquals("Politique", find(r.path("facets").path("topics"), "medtop:11000000").path("label").asText());
        JsonNode first = r.path("results").path(0);
        assertTrue(first.path("entities").findValuesAsText("label").contains("Vladimir Poutine"), first.toString());
    }

    @Test
    void filtersAloneAndCombined() throws Exception {
        assertTotal(Map.of("language", List.of("fr")), count(a -> a.language().equals("fr")));
        assertTotal(Map.of("language", List.of("fr", "de")), count(a -> Set.of("fr", "de").contains(a.language())));
        String economy = "medtop:04000000";
        assertTotal(Map.of("topic", List.of(economy)), count(a -> a.expected().topics().contains(economy)));
        String soccer = "medtop:20001065";
        assertTotal(Map.of("topic", List.of(soccer)), count(a -> a.expected().topics().contains(soccer)));
        assertTotal(Map.of("entity", List.of("Q7747")), count(a -> a.expected().entities().contains("Q7747")));
        assertTotal(Map.of("entity", List.of("Q212", "Q7184")), count(a -> a.expected().entities()
                .containsAll(List.of("Q212", "Q7184"))));
        assertTotal(Map.of("entity", List.of("Q212"), "language", List.of("de")),
                count(a -> a.expected().entities().contains("Q212") && a.language().equals("de")));
        assertTotal(Map.of("section", List.of("economia")), count(a -> a.section().equals("economia")));
        assertTotal(Map.of("author", List.of("Claire Dumas")), count(a -> a.authors().contains("Claire Dumas")));
        assertTotal(Map.of("author", List.of("Claire Dumas"), "topic", List.of("medtop:11000000")),
                count(a -> a.authors().contains("Claire Dumas") && a.expected().topics().contains("medtop:11000000")));
        assertTotal(Map.of("from", List.of("2026-11-12"), "to", List.of("2026-11-12")),
                count(a -> a.day().equals("2026-11-12")));
        assertTotal(Map.of("from", List.of("2026-11-20"), "to", List.of("2026-11-24"), "language", List.of("en")),
                count(a -> a.day().compareTo("2026-11-20") >= 0 && a.day().compareTo("2026-11-24") <= 0
                        && a.language().equals("en")));
    }

    @Test
    void facetsCountTheFilteredResultSet() throws Exception {
        JsonNode r = search(Map.of("language", List.of("fr"), "size", List.of("1")));
        assertEquals(Map.of("fr", count(a -> a.language().equals("fr"))), valueCounts(r.path("facets").path("languages")));
        Map<String, Long> topics = counts(a -> a.language().equals("fr") ? a.expected().topics() : List.of());
        for (JsonNode t : r.path("facets").path("topics")) {
            assertEquals(topics.get(t.path("code").asText()), t.path("count").asLong(), t.toString());
        }
    }

    @Test
    void entityTypeFilterKeepsArticlesWithAnEntityOfThatType() throws Exception {
        JsonNode all = search(Map.of("size", List.of("50")));
        JsonNode rest = search(Map.of("size", List.of("50"), "page", List.of("2")));
        Map<String, Set<String>> types = new HashMap<>();
        for (JsonNode page : List.of(all, rest)) {
            page.path("results").forEach(r -> types.put(r.path("id").asText(),
                    new HashSet<>(r.path("entities").findValuesAsText("type"))));
        }
        assertEquals(articles.size(), types.size());
        for (String type : List.of("person", "organization", "location")) {
            long expected = types.values().stream().filter(t -> t.contains(type)).count();
            assertTotal(Map.of("entityType", List.of(type)), expected);
        }
        long personOrOrg = types.values().stream().filter(t -> t.contains("person") || t.contains("organization"))
                .count();
        assertTotal(Map.of("entityType", List.of("person", "organization")), personOrOrg);
    }

    @Test
    void highlightsAreMarkedAndEverythingElseEscaped() throws Exception {
        JsonNode r = search(Map.of("q", List.of("Lagarde")));
        assertEquals(count(a -> String.join(" ", a.paragraphs()).contains("Lagarde")), r.path("total").asLong());
        for (JsonNode hit : r.path("results")) {
            String snippet = hit.path("snippet").asText();
            assertTrue(snippet.contains("<mark>Lagarde</mark>"), snippet);
            assertFalse(snippet.replace("<mark>", "").replace("</mark>", "").contains("<"), snippet);
        }
        JsonNode biennale = search(Map.of("q", List.of("Biennale"), "language", List.of("it")));
        JsonNode title = biennale.path("results").path(0).path("titleHighlight");
        assertTrue(title.asText().contains("<mark>Biennale</mark>"), biennale.toString());
        JsonNode escaped = search(Map.of("q", List.of("l'inflation"), "language", List.of("fr")));
        String snippet = escaped.path("results").path(0).path("snippet").asText();
        assertTrue(snippet.contains("&#x27;") && !snippet.contains("'"), "apostrophes escaped: " + snippet);
        JsonNode noQuery = search(Map.of("size", List.of("1")));
        assertFalse(noQuery.path("results").path(0).path("snippet").asText().isEmpty(), "a lead without a query");
        assertTrue(noQuery.path("results").path(0).path("titleHighlight").isNull());
    }

    @Test
    void frenchQueriesWithOrWithoutAccentsAndInThePluralFindTheSingular() throws Exception {
        for (String q : List.of("sommet", "sommets", "électriques", "electrique", "négociateur", "negociateurs")) {
            JsonNode r = search(Map.of("q", List.of(q), "language", List.of("fr")));
            assertTrue(ids(r).contains("fr-geneve-sommet"), q + " -> " + ids(r));
        }
    }

    @Test
    void aQueryInEachLanguageFindsArticlesInThatLanguage() throws Exception {
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("Leitzinsen gesenkt", "de-ezb-zinsen");
        queries.put("tipos de interés", "es-bce-tipos");
        queries.put("tassi di interesse", "it-bce-tassi");
        queries.put("interest rate", "en-ecb-rates");
        queries.put("taux d'intérêt", "fr-bce-taux");
        for (Map.Entry<String, String> q : queries.entrySet()) {
            JsonNode r = search(Map.of("q", List.of(q.getKey())));
            assertEquals(q.getValue(), r.path("results").path(0).path("id").asText(), q.getKey() + " -> " + ids(r));
        }
    }

    @Test
    void pagesCoverEveryArticleOnce() throws Exception {
        Set<String> seen = new HashSet<>();
        int pages = (articles.size() + 9) / 10;
        for (int page = 1; page <= pages; page++) {
            JsonNode r = search(Map.of("page", List.of(String.valueOf(page)), "sort", List.of("date")));
            assertEquals(page, r.path("page").asInt());
            assertEquals(page < pages ? 10 : articles.size() - 10 * (pages - 1), r.path("results").size());
            r.path("results").forEach(hit -> assertTrue(seen.add(hit.path("id").asText()), "twice: " + hit));
        }
        assertEquals(articles.size(), seen.size());
        assertEquals(0, search(Map.of("page", List.of(String.valueOf(pages + 1)))).path("results").size());
    }

    @Test
    void sortByDateIsNewestFirst() throws Exception {
        JsonNode r = search(Map.of("sort", List.of("date"), "size", List.of("50")));
        String latest = articles.stream().map(FixtureArticle::published).max(String::compareTo).orElseThrow();
        assertEquals(latest, r.path("results").path(0).path("published").asText());
        String previous = "9999";
        for (JsonNode hit : r.path("results")) {
            String published = hit.path("published").asText();
            assertTrue(published.compareTo(previous) <= 0, published + " after " + previous);
            previous = published;
        }
    }

    @Test
    void entitySuggestionsInAnyLanguage() throws Exception {
        JsonNode pout = suggestions("pout", "fr");
        JsonNode first = pout.path("results").path(0);
        assertEquals("Q7747", first.path("id").asText(), pout.toString());
        assertEquals("Vladimir Poutine", first.path("label").asText());
        assertEquals("person", first.path("type").asText());
        assertEquals(count(a -> a.expected().entities().contains("Q7747")), first.path("count").asLong());
        JsonNode mosk = suggestions("Mosk", "en");
        assertEquals("Moscow", find(mosk.path("results"), "Q649").path("label").asText(), mosk.toString());
        assertEquals("Moskau", find(suggestions("mosk", "de").path("results"), "Q649").path("label").asText());
        assertNotNull(find(suggestions("GENÈ", "en").path("results"), "Q71"), "accents and case ignored");
        assertNotNull(find(suggestions("gene", "en").path("results"), "Q71"));
        assertNotNull(find(suggestions("Ursula von", "en").path("results"), "Q60772"), "several words");
        assertEquals(0, suggestions("zzzqx", "en").path("results").size());
    }

    private static JsonNode suggestions(String prefix, String ui) throws Exception {
        Answer a = http.get("/lede/api/entities", Map.of("prefix", List.of(prefix), "ui", List.of(ui)));
        assertEquals(200, a.status(), a.body().toString());
        return a.body();
    }

    private static void assertTotal(Map<String, List<String>> params, long expected) throws Exception {
        JsonNode r = search(params);
        assertEquals(expected, r.path("total").asLong(), "total of " + params);
        assertTrue(expected > 0, "a filter test that cannot fail: " + params);
    }

    private static boolean levelOne(String code) {
        return code.matches("medtop:\\d\\d000000");
    }

    static Map<String, Long> counts(java.util.function.Function<FixtureArticle, List<String>> values) {
        return articles.stream().flatMap(a -> values.apply(a).stream())
                .collect(Collectors.groupingBy(v -> v, Collectors.counting()));
    }

    private static Map<String, Long> valueCounts(JsonNode facet) {
        Map<String, Long> out = new HashMap<>();
        facet.forEach(v -> out.put(v.path("value").asText(), v.path("count").asLong()));
        return out;
    }

    private static JsonNode find(JsonNode list, String id) {
        for (JsonNode n : list) {
            if (id.equals(n.path("id").asText()) || id.equals(n.path("code").asText())) {
                return n;
            }
        }
        throw new AssertionError(id + " not in " + list);
    }

    private static void assertSortedByCount(JsonNode list) {
        long previous = Long.MAX_VALUE;
        for (JsonNode n : list) {
            assertTrue(n.path("count").asLong() <= previous, "sorted by count: " + list);
            previous = n.path("count").asLong();
        }
    }
}
