package io.lede.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lede.demo.Demo;
import io.lede.testing.SampleArticle;
import io.lede.testing.TestBundles;
import io.lede.testing.TestElasticsearch;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code lede demo --once} against the shared node: every sample is reported with its language, then the facets. */
class DemoIT {
    private static final Map<String, String> EXPECTED_LANGUAGES = Map.of(
            "fr-kremlin-talks", "fr",
            "en-kremlin-talks", "en",
            "de-kremlin-talks", "de",
            "es-liga-final", "es",
            "it-ecb-rates", "it");

    @Test
    void reportsEverySampleArticleWithItsLanguageAndTheFacets() throws Exception {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        String[] args = {"--once", "--elasticsearch", TestElasticsearch.get().httpUrl(), "--alias", "lede-it-demo",
                "--work", TestBundles.workDirectory("demo").toString(), "--timeout", "90"};

        int status = Demo.run(args, new PrintStream(stdout, true, StandardCharsets.UTF_8), System.err);

        String report = stdout.toString(StandardCharsets.UTF_8);
        System.out.println(report);
        assertEquals(0, status, "exit status");
        for (Map.Entry<String, String> e : EXPECTED_LANGUAGES.entrySet()) {
            SampleArticle a = SampleArticle.load(e.getKey());
            Pattern block = Pattern.compile("^\\d+\\. " + Pattern.quote(a.path()) + "\\R"
                    + "\\s+Title\\s+" + Pattern.quote(a.title()) + "\\R"
                    + "\\s+Language\\s+" + e.getValue() + " \\(confidence", Pattern.MULTILINE);
            assertTrue(block.matcher(report).find(), e.getKey() + " reported as " + e.getValue() + " in:\n" + report);
        }
        int facets = report.indexOf("Facets (Elasticsearch aggregations over 5 articles)");
        assertTrue(facets > 0, "facet section");
        String facetSection = report.substring(facets);
        for (String heading : new String[] {"Language", "Topic (level 1)", "Entity", "Section"}) {
            assertTrue(facetSection.contains("\n   " + heading + "\n"), "facet " + heading);
        }
        for (String language : EXPECTED_LANGUAGES.values()) {
            assertTrue(Pattern.compile("^\\s+" + language + "\\s+1$", Pattern.MULTILINE).matcher(facetSection).find(),
                    "language facet counts one " + language + " article");
        }
        assertTrue(facetSection.contains("Monde"), "section facet");
        assertTrue(Pattern.compile("^\\s+Page\\s+http://127\\.0\\.0\\.1:\\d+/lede/$", Pattern.MULTILINE).matcher(report).find(),
                "the search page's address");
        assertTrue(Pattern.compile("^\\s+Sign in as\\s+editor / \\S{16} ", Pattern.MULTILINE).matcher(report).find(),
                "the editor credentials of the run");
    }
}
