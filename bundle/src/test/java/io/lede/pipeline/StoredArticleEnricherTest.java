package io.lede.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lede.api.Article;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoredArticleEnricherTest {
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void theArticleIsReadBackFromTheStoredFields() throws Exception {
        ObjectNode stored = (ObjectNode) mapper.readTree("""
                {"id": "/content/site/news/a", "path": "/content/site/news/a", "url": "https://news.example/a",
                 "title": "Budget voté", "description": "Le conseil a voté.", "body": "Le conseil municipal a voté.",
                 "published": "2026-11-24T08:00:00Z", "modified": "2026-11-25T09:30:00Z", "section": "Local",
                 "authors": ["A. Martin"], "tags": ["budget", 3], "language": "fr", "enrichmentVersion": "1"}""");
        Article a = StoredArticleEnricher.article("ignored", stored);
        assertEquals("/content/site/news/a", a.id());
        assertEquals("https://news.example/a", a.url());
        assertEquals("Budget voté", a.title());
        assertEquals("Le conseil a voté.", a.description());
        assertEquals("Le conseil municipal a voté.", a.text());
        assertEquals(Instant.parse("2026-11-25T09:30:00Z"), a.modified());
        assertEquals("Local", a.section());
        assertEquals(List.of("A. Martin"), a.authors());
        assertEquals(List.of("budget"), a.tags());
        assertEquals("", a.languageHint(), "the old answer is not a hint: the text decides again");
    }

    @Test
    void missingFieldsAreEmptyAndTheHitIdIsTheFallback() throws Exception {
        Article a = StoredArticleEnricher.article("hit-id", (ObjectNode) mapper.readTree("{\"body\": \"x\"}"));
        assertEquals("hit-id", a.id());
        assertEquals("", a.title());
        assertNull(a.published());
    }
}
