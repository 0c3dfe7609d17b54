package io.lede.demo;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.lede.testing.EsHttp;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DemoReportTest {
    @Test
    void listsEntitiesAndTopicsOfAnArticleAndTheFacets() {
        JsonNode doc = EsHttp.json().valueToTree(Map.of(
                "id", "/content/a", "path", "/content/a", "title", "A title", "language", "fr",
                "languageConfidence", 0.91, "languageFallback", false, "section", "Monde",
                "entities", List.of(Map.of("id", "Q7747", "type", "person", "name", "Vladimir Poutine")),
                "topics", List.of(Map.of("code", "medtop:11000000", "label", "politique", "score", 0.75))));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DemoReport report = new DemoReport(new PrintStream(bytes, true, StandardCharsets.UTF_8));

        report.articles("lede-demo", Map.of("/content/a", doc));
        report.facets(new Facets.Result(1, Map.of("Entity", List.of(new Facets.Bucket("Q7747", "Vladimir Poutine", 1)))));

        String text = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("1. /content/a\n"), text);
        assertTrue(text.contains("Language       fr (confidence 0.91)\n"), text);
        assertTrue(text.matches("(?s).*Entities\\s+person\\s+Q7747\\s+Vladimir Poutine\n.*"), text);
        assertTrue(text.matches("(?s).*Topics\\s+medtop:11000000\\s+politique\\s+0\\.75\n.*"), text);
        assertTrue(text.matches("(?s).*Q7747  Vladimir Poutine\\s+1\n.*"), text);
    }

    @Test
    void printsTheSearchPageWithItsCredentials() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new DemoReport(new PrintStream(bytes, true, StandardCharsets.UTF_8))
                .searchPage("http://127.0.0.1:8123/lede/", "editor", "s3cret-of-this-run");

        String text = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(text.matches("(?s).*Page\\s+http://127\\.0\\.0\\.1:8123/lede/\n.*"), text);
        assertTrue(text.matches("(?s).*Sign in as\\s+editor / s3cret-of-this-run .*"), text);
    }
}
