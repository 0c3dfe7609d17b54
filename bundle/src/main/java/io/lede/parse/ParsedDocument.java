package io.lede.parse;

import io.lede.api.Article;
import java.time.Instant;
import java.util.List;

/** What Tika made of a page or file: main text and the metadata an article needs. */
public record ParsedDocument(String contentType, String title, String description, String text,
                             Instant published, Instant modified, List<String> authors, String section,
                             List<String> tags, String canonicalUrl, String language) {

    public ParsedDocument {
        authors = authors == null ? List.of() : List.copyOf(authors);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** The article this document is, under the given CMS id and path; {@code url} is used without a canonical URL. */
    public Article toArticle(String id, String path, String url) {
        String effectiveUrl = canonicalUrl == null || canonicalUrl.isBlank() ? url : canonicalUrl;
        return new Article(id, path, effectiveUrl, title, description, text, published, modified, section, authors,
                tags, language);
    }
}
