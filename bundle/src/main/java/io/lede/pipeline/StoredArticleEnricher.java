package io.lede.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lede.api.Article;
import io.lede.enrich.Enricher;
import io.lede.index.ArticleDocuments;
import io.lede.index.DocumentRewriter;
import io.lede.parse.IsoTimes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The reindex's re-enrichment: reads the article back from the fields an indexed document stores (title,
 * standfirst, body, dates, section, authors, tags) and enriches it with the current models. The CMS locale is
 * not stored, so the language is decided from the text alone.
 */
public final class StoredArticleEnricher implements DocumentRewriter {
    private final Enricher enricher;
    private final ArticleDocuments documents;

    public StoredArticleEnricher(Enricher enricher, ArticleDocuments documents) {
        this.enricher = enricher;
        this.documents = documents;
    }

    @Override
    public String currentEnrichmentVersion() {
        return enricher.version();
    }

    @Override
    public ObjectNode rewrite(String id, ObjectNode stored, long version) {
        if (stored == null || !stored.path("body").isTextual()) {
            throw new IllegalArgumentException("the stored document has no body text");
        }
        return documents.toDocument(enricher.enrich(article(id, stored)), version);
    }

    static Article article(String id, ObjectNode stored) {
        return new Article(stored.path("id").asText(id), text(stored, "path"), text(stored, "url"),
                text(stored, "title"), text(stored, "description"), text(stored, "body"),
                instant(stored, "published"), instant(stored, "modified"), text(stored, "section"),
                strings(stored.path("authors")), strings(stored.path("tags")), "");
    }

    private static String text(ObjectNode stored, String field) {
        JsonNode value = stored.path(field);
        return value.isTextual() ? value.asText() : "";
    }

    private static Instant instant(ObjectNode stored, String field) {
        String value = text(stored, field);
        return value.isEmpty() ? null : IsoTimes.parseOrNull(value);
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> {
            if (v.isTextual()) {
                values.add(v.asText());
            }
        });
        return values;
    }
}
