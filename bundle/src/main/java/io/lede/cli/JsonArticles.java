package io.lede.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.lede.api.Article;
import io.lede.parse.IsoTimes;
import java.util.ArrayList;
import java.util.List;

/** Reads an article from a JSON object (the evaluation's {@code id/title/text} plus optional metadata). */
final class JsonArticles {
    private JsonArticles() {
    }

    static Article fromJson(String id, JsonNode doc) {
        return new Article(id, doc.path("path").asText(""), doc.path("url").asText(""),
                doc.path("title").asText(""), doc.path("description").asText(""), doc.path("text").asText(""),
                IsoTimes.parseOrNull(doc.path("published").asText(null)),
                IsoTimes.parseOrNull(doc.path("modified").asText(null)),
                doc.path("section").asText(""), strings(doc.path("authors")), strings(doc.path("tags")),
                doc.path("language").asText(""));
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
