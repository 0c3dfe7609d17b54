package io.lede.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.lede.api.Article;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Reads an article from a JSON object (the evaluation's {@code id/title/text} plus optional metadata). */
final class JsonArticles {
    private JsonArticles() {
    }

    static Article fromJson(String id, JsonNode doc) {
        return new Article(id, doc.path("path").asText(""), doc.path("url").asText(""),
                doc.path("title").asText(""), doc.path("description").asText(""), doc.path("text").asText(""),
                instant(doc.path("published").asText(null)), instant(doc.path("modified").asText(null)),
                doc.path("section").asText(""), strings(doc.path("authors")), strings(doc.path("tags")),
                doc.path("language").asText(""));
    }

    private static Instant instant(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
