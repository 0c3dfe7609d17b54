package io.lede.backfill;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lede.api.Article;
import io.lede.parse.IsoTimes;
import io.lede.parse.ParseException;
import io.lede.parse.ParsedDocument;
import io.lede.parse.TikaParsing;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A JSON Lines export, one article per line with the fields of the neutral publish event: {@code id}, {@code url},
 * {@code title}, {@code body} (HTML) or {@code text}, {@code published}, {@code modified}, {@code section},
 * {@code authors}, {@code tags}, {@code language} (and optionally {@code path}, {@code description}).
 */
public final class JsonLinesSource implements BackfillSource {
    private final Path file;
    private final TikaParsing tika;
    private final ObjectMapper mapper;

    public JsonLinesSource(Path file, TikaParsing tika, ObjectMapper mapper) {
        this.file = file.toAbsolutePath().normalize();
        this.tika = tika;
        this.mapper = mapper;
    }

    @Override
    public String description() {
        return "jsonl:" + file;
    }

    @Override
    public ItemReader open() throws IOException {
        return new LineReader(file, false);
    }

    @Override
    public LoadedArticle load(BackfillItem item) throws BackfillException {
        JsonNode doc;
        try {
            doc = mapper.readTree(item.payload());
        } catch (JsonProcessingException e) {
            throw new BackfillException("not a JSON object: " + e.getOriginalMessage(), false, e);
        }
        if (doc == null || !doc.isObject()) {
            throw new BackfillException("not a JSON object", false, null);
        }
        String id = doc.path("id").asText("").strip();
        if (id.isEmpty()) {
            throw new BackfillException("no \"id\"", false, null);
        }
        String text = doc.path("text").asText("");
        String description = doc.path("description").asText("");
        String body = doc.path("body").asText("");
        if (!body.isBlank()) {
            try {
                ParsedDocument parsed = tika.parseHtml(body, id);
                text = parsed.text();
                if (description.isEmpty()) {
                    description = parsed.description();
                }
            } catch (ParseException e) {
                throw new BackfillException("cannot parse the body of " + id + ": " + e.getMessage(), false, e);
            }
        }
        String title = doc.path("title").asText("");
        if (title.isBlank() && text.isBlank()) {
            throw new BackfillException("article " + id + " has neither title nor text", false, null);
        }
        Article article = new Article(id, doc.path("path").asText(""), doc.path("url").asText(""), title, description,
                text, IsoTimes.parseOrNull(doc.path("published").asText(null)),
                IsoTimes.parseOrNull(doc.path("modified").asText(null)), doc.path("section").asText(""),
                strings(doc.path("authors")), strings(doc.path("tags")), doc.path("language").asText(""));
        return new LoadedArticle(article, LoadedArticle.versionOf(article, LoadedArticle.UNDATED));
    }

    private static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(n -> out.add(n.asText()));
        } else if (node.isTextual()) {
            out.add(node.asText());
        }
        return out;
    }
}
