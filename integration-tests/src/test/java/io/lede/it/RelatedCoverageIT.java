package io.lede.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.lede.testing.FixtureArticle;
import io.lede.testing.HttpClientJson;
import io.lede.testing.HttpClientJson.Answer;
import io.lede.testing.SearchCorpus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code /lede/api/related} over the fixture corpus: the other versions of the same story (other languages
 * included) rank above every other article, and each result says which entities and topics it shares.
 */
class RelatedCoverageIT {
    private static HttpClientJson http;
    private static List<FixtureArticle> articles;

    @BeforeAll
    static void indexCorpus() throws Exception {
        SearchCorpus corpus = SearchCorpus.shared();
        http = corpus.http();
        articles = corpus.articles();
    }

    static JsonNode related(String id, int size, String ui) throws Exception {
        Answer a = http.get("/lede/api/related", Map.of("id", List.of(id), "size", List.of(String.valueOf(size)),
                "ui", List.of(ui)));
        assertEquals(200, a.status(), id + ": " + a.body());
        return a.body();
    }

    static FixtureArticle article(String id) {
        return articles.stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void otherVersionsOfTheStoryRankFirstInEveryLanguage() throws Exception {
        for (String id : List.of("fr-geneve-sommet", "en-ecb-rates", "de-bruessel-klima", "es-madrid-sevilla",
                "it-nato-bruxelles", "de-louvre-ausstellung", "en-who-flu", "fr-xi-paris", "es-airbus-getafe")) {
            FixtureArticle a = article(id);
            Set<String> sameStory = articles.stream().filter(o -> o.story().equals(a.story()) && !o.id().equals(id))
                    .map(FixtureArticle::id).collect(Collectors.toSet());
            assertTrue(sameStory.size() >= 2, id);
            JsonNode r = related(id, 10, "en");
            List<String> ranked = new ArrayList<>();
            r.path("results").forEach(hit -> ranked.add(hit.path("id").asText()));
            assertFalse(ranked.contains(id), "never the article itself: " + ranked);
            assertEquals(sameStory, Set.copyOf(ranked.subList(0, Math.min(sameStory.size(), ranked.size()))),
                    id + " ranked " + ranked);
            Set<String> languages = articles.stream().filter(o -> sameStory.contains(o.id()))
                    .map(FixtureArticle::language).collect(Collectors.toSet());
            assertTrue(languages.stream().anyMatch(l -> !l.equals(a.language())), "cross-language: " + languages);
        }
    }

    @Test
    void theWhyListsSharedEntitiesAndTopicsInTheUiLanguage() throws Exception {
        FixtureArticle fr = article("fr-geneve-sommet");
        JsonNode r = related(fr.id(), 4, "fr");
        assertEquals(fr.id(), r.path("id").asText());
        for (JsonNode hit : r.path("results")) {
            FixtureArticle other = article(hit.path("id").asText());
            List<String> shared = new ArrayList<>(fr.expected().entities());
            shared.retainAll(other.expected().entities());
            List<String> why = hit.path("why").path("entities").findValuesAsText("id");
            assertEquals(Set.copyOf(shared), Set.copyOf(why), other.id() + ": " + hit);
            assertTrue(hit.path("why").path("entities").toString().contains("Vladimir Poutine"), hit.toString());
            assertTrue(hit.path("why").path("topics").findValuesAsText("code").contains("medtop:11000000"),
                    hit.toString());
            assertTrue(hit.path("score").asDouble() > 0);
            assertFalse(hit.path("url").asText().isEmpty());
        }
        assertEquals(4, r.path("results").size());
    }

    @Test
    void anUnknownArticleIs404() throws Exception {
        Answer a = http.get("/lede/api/related", Map.of("id", List.of("no-such-article")));
        assertEquals(404, a.status(), a.body().toString());
        assertEquals("id", a.body().path("parameter").asText());
    }
}
