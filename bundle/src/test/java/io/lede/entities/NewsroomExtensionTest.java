package io.lede.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lede.api.Article;
import io.lede.api.Entity;
import io.lede.api.EntityType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewsroomExtensionTest {
    private static final String FILE = """
            {"entities": [
               {"id": "newsroom:harbour-board", "type": "organization", "name": "Harbour Board",
                "labels": {"en": "Harbour Board", "fr": "Conseil du port"},
                "aliases": {"fr": ["CDP"], "en": ["the Harbour Board"]}},
               {"id": "Q7747", "type": "person", "name": "Vladimir Putin",
                "labels": {"fr": "Vladimir Poutine"}, "aliases": ["V. Poutine"]}
             ],
             "block": {"surfaces": ["Breaking News"], "ids": ["Q90"]}}
            """;

    @TempDir
    Path dir;

    private NewsroomExtension read() throws IOException {
        Path file = dir.resolve("entities.json");
        Files.writeString(file, FILE, StandardCharsets.UTF_8);
        return NewsroomExtension.read(file);
    }

    @Test
    void readsEntitiesWithLabelsAndAliasesPerLanguage() throws IOException {
        NewsroomExtension extension = read();
        assertEquals(2, extension.entities().size());
        KbEntry board = extension.entities().get(0);
        assertEquals("newsroom:harbour-board", board.qid());
        assertEquals(EntityType.ORGANIZATION, board.type());
        assertFalse(board.linked(), "a newsroom id is not a Wikidata id");
        assertEquals("newsroom:harbour-board", board.id());
        assertTrue(board.aliases().containsAll(List.of("Harbour Board", "Conseil du port", "CDP")));
        assertTrue(extension.blockList().blocksSurface("breaking  NEWS"));
        assertTrue(extension.blockList().blocksId("Q90"));
    }

    @Test
    void newsroomEntitiesAreFoundAndKnownOnesGainNames() throws IOException {
        KnowledgeBaseEntityExtractor extractor = new KnowledgeBaseEntityExtractor(read());
        List<Entity> found = extractor.extract(Article.ofText("a", "",
                "Le Conseil du port a reçu V. Poutine à Paris. Breaking News : le CDP vote."), "fr");
        Entity board = found.stream().filter(e -> e.id().equals("newsroom:harbour-board")).findFirst().orElseThrow();
        assertEquals(2, board.mentions().size());
        assertEquals("Conseil du port", board.labels().get("fr"));
        assertTrue(found.stream().anyMatch(e -> e.id().equals("Q7747")
                && e.mentions().stream().anyMatch(m -> m.text().equals("V. Poutine"))));
        assertTrue(found.stream().noneMatch(e -> e.id().equals("Q90")), "blocked id");
        assertTrue(found.stream().noneMatch(e -> e.mentions().stream().anyMatch(m -> m.text().contains("Breaking"))),
                "blocked surface");
    }

    @Test
    void rejectsUnknownTypesAndMissingNames() {
        assertThrows(IOException.class, () -> NewsroomExtension.read(
                new java.io.ByteArrayInputStream("{\"entities\":[{\"name\":\"X\",\"type\":\"event\"}]}".getBytes())));
        assertThrows(IOException.class, () -> NewsroomExtension.read(
                new java.io.ByteArrayInputStream("{\"entities\":[{\"type\":\"person\"}]}".getBytes())));
        assertThrows(IOException.class, () -> NewsroomExtension.read(new java.io.ByteArrayInputStream("[]".getBytes())));
    }
}
