package io.lede.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Prints what Lede made of the published articles, the facet counts, and where everything runs. */
final class DemoReport {
    private static final String INDENT = "   ";
    private static final int NAME_WIDTH = 15;
    private static final String FACET_VALUE_INDENT = INDENT + "   ";

    private final PrintStream out;

    DemoReport(PrintStream out) {
        this.out = out;
    }

    void articles(String alias, Map<String, JsonNode> documents) {
        articles(alias, documents, "the AEM replication hook");
    }

    /** @param how what published the articles, e.g. "the AEM replication hook" */
    void articles(String alias, Map<String, JsonNode> documents, String how) {
        out.println();
        out.printf("Lede demo: %d sample articles published through %s and indexed into '%s'%n",
                documents.size(), how, alias);
        int n = 0;
        for (Map.Entry<String, JsonNode> e : documents.entrySet()) {
            out.println();
            article(++n, e.getKey(), e.getValue());
        }
    }

    private void article(int number, String id, JsonNode doc) {
        out.printf("%d. %s%n", number, id);
        String path = doc.path("path").asText(id);
        if (!path.equals(id)) {
            field("Path", path);
        }
        field("Title", doc.path("title").asText());
        field("Language", language(doc));
        field("Section", doc.path("section").asText("-"));
        entities(doc.path("entities"));
        topics(doc.path("topics"));
    }

    private static String language(JsonNode doc) {
        String text = String.format(Locale.ROOT, "%s (confidence %.2f)",
                doc.path("language").asText(), doc.path("languageConfidence").asDouble());
        if (doc.path("languageFallback").asBoolean()) {
            text += "; low, so a fallback (CMS locale or site default); the detector said "
                    + doc.path("languageDetected").asText("nothing");
        }
        return text;
    }

    private void entities(JsonNode entities) {
        if (entities.isEmpty()) {
            field("Entities", "none");
            return;
        }
        String label = "Entities";
        for (JsonNode e : entities) {
            field(label, String.format(Locale.ROOT, "%-13s %-18s %s", e.path("type").asText(), e.path("id").asText(),
                    e.path("name").asText()));
            label = "";
        }
    }

    private void topics(JsonNode topics) {
        if (topics.isEmpty()) {
            field("Topics", "none");
            return;
        }
        String label = "Topics";
        for (JsonNode t : topics) {
            field(label, String.format(Locale.ROOT, "%-18s %-30s %.2f", t.path("code").asText(), t.path("label").asText(),
                    t.path("score").asDouble()));
            label = "";
        }
    }

    private void field(String name, String value) {
        out.printf("%s%-" + NAME_WIDTH + "s%s%n", INDENT, name, value);
    }

    void facets(Facets.Result result) {
        out.println();
        out.printf("Facets (Elasticsearch aggregations over %d articles)%n", result.total());
        for (Map.Entry<String, List<Facets.Bucket>> facet : result.facets().entrySet()) {
            out.println(INDENT + facet.getKey());
            if (facet.getValue().isEmpty()) {
                out.println(FACET_VALUE_INDENT + "none");
            }
            for (Facets.Bucket b : facet.getValue()) {
                String name = b.label().equals(b.key()) ? b.key() : b.key() + "  " + b.label();
                out.printf(Locale.ROOT, "%s%-50s %4d%n", FACET_VALUE_INDENT, name, b.count());
            }
        }
    }

    void locations(String elasticsearchUrl, String alias, Path ledeLog, Optional<Path> elasticsearchLog,
                   String tierUrl, String samplePath) {
        out.println();
        out.println("Where things are");
        field("Elasticsearch", elasticsearchUrl + "  (index alias " + alias + ")");
        field("Try", "curl '" + elasticsearchUrl + "/" + alias + "/_search?q=body:Ukraine&pretty'");
        field("Lede log", ledeLog.toString());
        elasticsearchLog.ifPresent(log -> field("ES log", log.toString()));
        field("Publish tier", tierUrl + samplePath + ".html");
    }

    /** The search page and the editor credentials the demo configured for it (Basic auth; the browser asks). */
    void searchPage(String pageUrl, String username, String password) {
        out.println();
        out.println("Search page (open it in a browser on this machine)");
        field("Page", pageUrl);
        field("Sign in as", username + " / " + password + "  (editor credentials of this demo run)");
        field("API", pageUrl + "api/search?q=Ukraine  (same credentials)");
    }
}
