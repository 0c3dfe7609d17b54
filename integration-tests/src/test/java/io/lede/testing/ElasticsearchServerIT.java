package io.lede.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

/** Runs against the shared real node: health, the Lede analysis plugin, and a French-analysed index. */
class ElasticsearchServerIT {
    private static EsHttp es;

    @BeforeAll
    static void startSharedNode() {
        es = new EsHttp(TestElasticsearch.get().httpUrl());
    }

    @Test
    void clusterIsHealthy() {
        String status = es.get("/_cluster/health").path("status").asText();
        assertTrue(status.equals("green") || status.equals("yellow"), "status " + status);
    }

    @Test
    void ledeAnalysisPluginIsLoaded() {
        List<String> plugins = new ArrayList<>();
        es.get("/_cat/plugins?format=json").forEach(plugin -> plugins.add(plugin.path("component").asText()));
        assertEquals(List.of("lede-analysis"), plugins);
    }

    static Stream<Arguments> languages() {
        return Stream.of(
                Arguments.of("french", "Les chevaux mangeaient", List.of("cheval", "mangeaient")),
                Arguments.of("english", "The talks were running", List.of("talk", "were", "run")),
                Arguments.of("german", "Die Häuser der Städte", List.of("haus", "stadt")),
                Arguments.of("spanish", "Los gatos comieron las manzanas", List.of("gat", "comieron", "manzan")),
                Arguments.of("italian", "Gli studenti leggono i libri", List.of("student", "leggon", "libri")),
                Arguments.of("dutch", "De fietsen van de kinderen", List.of("fiets", "kinder")),
                Arguments.of("portuguese", "Os gatos comeram as maçãs", List.of("gato", "comeram", "maca")));
    }

    @ParameterizedTest
    @MethodSource("languages")
    void languageAnalyzerIsRegisteredUnderItsStandardName(String analyzer, String text, List<String> expected) {
        assertEquals(expected, tokens(Map.of("analyzer", analyzer, "text", text)));
    }

    @Test
    void asciifoldingAndHtmlStripAreRegistered() {
        assertEquals(List.of("creme", "brulee", "a", "sao", "paulo"), tokens(Map.of(
                "char_filter", List.of("html_strip"),
                "tokenizer", "standard",
                "filter", List.of("lowercase", "asciifolding"),
                "text", "<p>Crème <b>brûlée</b> à São&nbsp;Paulo</p>")));
    }

    @Test
    void frenchFieldMatchesAnotherInflection() {
        String index = "/lede-it-french";
        es.put(index, Map.of(
                "settings", Map.of("number_of_shards", 1, "number_of_replicas", 0),
                "mappings", Map.of("properties", Map.of(
                        "body", Map.of("type", "text", "analyzer", "french"),
                        "plain", Map.of("type", "text")))));
        try {
            es.put(index + "/_doc/1?refresh=true",
                    Map.of("body", "Les chevaux mangeaient", "plain", "Les chevaux mangeaient"));

            assertEquals(List.of("1"), hits(index, "body", "cheval"));
            assertEquals(List.of(), hits(index, "body", "chat"));
            // the standard analyser does not stem: proves the match above comes from the french analyser
            assertEquals(List.of(), hits(index, "plain", "cheval"));
        } finally {
            es.delete(index);
        }
    }

    @Test
    void indexLevelCustomAnalyzerCanUsePluginFilters() {
        String index = "/lede-it-custom";
        es.put(index, Map.of("settings", Map.of(
                "number_of_shards", 1, "number_of_replicas", 0,
                "analysis", Map.of("analyzer", Map.of("folded", Map.of(
                        "type", "custom",
                        "char_filter", List.of("html_strip"),
                        "tokenizer", "standard",
                        "filter", List.of("lowercase", "asciifolding")))))));
        try {
            assertEquals(List.of("deja", "vu"), tokens(index, Map.of("analyzer", "folded", "text", "<i>Déjà</i> vu")));
        } finally {
            es.delete(index);
        }
    }

    private static List<String> tokens(Map<String, Object> request) {
        return tokens("", request);
    }

    private static List<String> tokens(String index, Map<String, Object> request) {
        List<String> tokens = new ArrayList<>();
        es.post(index + "/_analyze", request).path("tokens").forEach(token -> tokens.add(token.path("token").asText()));
        return tokens;
    }

    private static List<String> hits(String index, String field, String query) {
        JsonNode response = es.post(index + "/_search", Map.of("query", Map.of("match", Map.of(field, query))));
        List<String> ids = new ArrayList<>();
        response.path("hits").path("hits").forEach(hit -> ids.add(hit.path("_id").asText()));
        return ids;
    }
}
