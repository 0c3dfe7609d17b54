package io.lede.testing;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The search fixture corpus ({@code io/lede/fixtures/articles-<language>.json}, see its README). */
public final class FixtureCorpus {
    public static final List<String> LANGUAGES = List.of("fr", "en", "de", "es", "it");

    private FixtureCorpus() {
    }

    /** One fixture article; {@code expected} (entities, topics) is what enrichment should give it. */
    public record Article(String id, String language, String section, List<String> authors, String published,
                          String title, List<String> paragraphs, String story) {

        /** As a sample article, to publish with {@link LedeInFelix#publishInline}. */
        public SampleArticle asSample() {
            return new SampleArticle("/content/site/news/fixtures/" + id, language, section, authors, List.of(),
                    published, title, "", paragraphs);
        }
    }

    public static List<Article> all() {
        List<Article> all = new ArrayList<>();
        for (String language : LANGUAGES) {
            String resource = "/io/lede/fixtures/articles-" + language + ".json";
            try (InputStream in = FixtureCorpus.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing fixture " + resource);
                }
                all.addAll(EsHttp.json().readerFor(new TypeReference<List<Article>>() { })
                        .without(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                        .readValue(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return all;
    }
}
