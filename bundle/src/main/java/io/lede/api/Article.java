package io.lede.api;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An article as the CMS published it: identity, metadata and its main text (already stripped of markup,
 * navigation and footer).
 *
 * @param id           stable CMS id (for AEM and Sling: the content path); the index document id
 * @param path         the content path, when the CMS has one
 * @param url          the public URL (canonical URL where the page declares one)
 * @param title        headline
 * @param description  standfirst or meta description, may be empty
 * @param text         main text, paragraphs separated by blank lines
 * @param published    first publication time, may be null
 * @param modified     last modification time, may be null; orders versions of the same article
 * @param section      CMS section, may be empty
 * @param authors      bylines
 * @param tags         CMS tags
 * @param languageHint the page's own locale or language (a prior, never trusted blindly), may be empty
 */
public record Article(String id, String path, String url, String title, String description, String text,
                      Instant published, Instant modified, String section, List<String> authors,
                      List<String> tags, String languageHint) {

    public Article {
        Objects.requireNonNull(id, "id");
        path = nullToEmpty(path);
        url = nullToEmpty(url);
        title = nullToEmpty(title);
        description = nullToEmpty(description);
        text = nullToEmpty(text);
        section = nullToEmpty(section);
        authors = authors == null ? List.of() : List.copyOf(authors);
        tags = tags == null ? List.of() : List.copyOf(tags);
        languageHint = nullToEmpty(languageHint);
    }

    /** An article with only an id, a title and a text, as the evaluation and the command line use. */
    public static Article ofText(String id, String title, String text) {
        return new Article(id, "", "", title, "", text, null, null, "", List.of(), List.of(), "");
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
