package io.lede.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** One of the project's own sample news stories (resources under {@code io/lede/samples}). */
public record SampleArticle(String path, String language, String section, List<String> authors, List<String> tags,
                            String published, String title, String description, List<String> paragraphs) {

    public static final List<String> NAMES = List.of("fr-kremlin-talks", "en-kremlin-talks", "de-kremlin-talks",
            "es-liga-final", "it-ecb-rates");

    public static SampleArticle load(String name) {
        try (InputStream in = SampleArticle.class.getResourceAsStream("/io/lede/samples/" + name + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("no sample article " + name);
            }
            return new ObjectMapper().readValue(in, SampleArticle.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<SampleArticle> all() {
        return NAMES.stream().map(SampleArticle::load).toList();
    }

    /** The article body as HTML paragraphs, as a CMS would send it in a neutral publish event. */
    public String bodyHtml() {
        StringBuilder html = new StringBuilder();
        for (String p : paragraphs) {
            html.append("<p>").append(Html.escape(p)).append("</p>\n");
        }
        return html.toString();
    }
}
