package io.lede.testing;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One article of the search fixture corpus ({@code io/lede/fixtures}), with what enrichment is expected to give
 * it: linked entity ids and IPTC topic codes. {@code story} groups the versions of one story across languages.
 */
public record FixtureArticle(String id, String language, String section, List<String> authors, String published,
                             String title, List<String> paragraphs, String story, Expected expected) {

    public static final List<String> LANGUAGES = List.of("fr", "en", "de", "es", "it");

    public record Expected(List<String> entities, List<String> topics) {
    }

    public static List<FixtureArticle> all() {
        ObjectMapper json = new ObjectMapper();
        List<FixtureArticle> all = new ArrayList<>();
        for (String language : LANGUAGES) {
            String resource = "/io/lede/fixtures/articles-" + language + ".json";
            try (InputStream in = FixtureArticle.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing fixture " + resource);
                }
                all.addAll(json.readValue(in, new TypeReference<List<FixtureArticle>>() { }));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return all;
    }

    /** The day of {@code published}, {@code 2026-11-24}. */
    public String day() {
        return published.substring(0, 10);
    }

    public String bodyHtml() {
        StringBuilder html = new StringBuilder();
        for (String p : paragraphs) {
            html.append("<p>").append(Html.escape(p)).append("</p>\n");
        }
        return html.toString();
    }

    public String url() {
        return "https://news.example/" + language + "/" + id;
    }
}
