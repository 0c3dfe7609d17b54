package io.lede.backfill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.lede.api.Article;
import io.lede.api.ArticleSourceException;
import io.lede.parse.TikaParsing;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackfillSourcesTest {
    private static TikaParsing tika;
    private final ObjectMapper mapper = new ObjectMapper();
    @TempDir
    Path tmp;

    @BeforeAll
    static void tika() {
        tika = TikaParsing.withDefaults();
    }

    @AfterAll
    static void close() {
        tika.close();
    }

    private static List<BackfillItem> readAll(BackfillSource source) throws IOException {
        List<BackfillItem> items = new ArrayList<>();
        try (ItemReader reader = source.open()) {
            for (BackfillItem i; (i = reader.next()) != null; ) {
                items.add(i);
            }
        }
        return items;
    }

    private Path write(String relative, String content) throws IOException {
        Path p = tmp.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void folderIsWalkedRecursivelyInSortedOrderKeepingOnlyArticleFiles() throws Exception {
        write("archive/b/2.html", "<html><head><title>Two</title></head><body><p>Second story text.</p></body></html>");
        write("archive/a/z.txt", "A plain text story about the harbour.");
        write("archive/a/1.HTML", "<html><head><title>One</title></head><body><p>First.</p></body></html>");
        write("archive/c.txt", "Top-level text.");
        write("archive/photo.jpg", "not an article");
        write("archive/.hidden.html", "<html><body>hidden</body></html>");
        write("archive/.git/x.html", "<html><body>hidden folder</body></html>");
        FolderSource source = new FolderSource(tmp.resolve("archive"), tika);

        List<BackfillItem> items = readAll(source);

        assertEquals(List.of("a/1.HTML", "a/z.txt", "b/2.html", "c.txt"), items.stream().map(BackfillItem::label).toList());
        assertEquals(List.of(0L, 1L, 2L, 3L), items.stream().map(BackfillItem::ordinal).toList());
        assertEquals(4, source.count());
        LoadedArticle two = source.load(items.get(2));
        assertEquals("b/2.html", two.article().id());
        assertEquals("Two", two.article().title());
        assertTrue(two.article().text().contains("Second story text."));
        assertEquals(Files.getLastModifiedTime(tmp.resolve("archive/b/2.html")).toMillis(), two.version(),
                "an undated file is versioned by its modification time");
    }

    @Test
    void brokenAndEmptyFilesFailWithAReason() throws Exception {
        write("archive/broken.pdf", "%PDF-1.7 this is not really a PDF");
        Files.write(tmp.resolve("archive/empty.txt"), new byte[0]);
        FolderSource source = new FolderSource(tmp.resolve("archive"), tika);
        List<BackfillItem> items = readAll(source);

        assertEquals(2, items.size());
        for (BackfillItem item : items) {
            BackfillException e = assertThrows(BackfillException.class, () -> source.load(item));
            assertFalse(e.isTransient());
            assertTrue(e.getMessage().startsWith("cannot parse"), e.getMessage());
        }
    }

    @Test
    void aMissingFolderIsAnError() {
        assertThrows(IOException.class, () -> new FolderSource(tmp.resolve("nope"), tika).open());
    }

    @Test
    void jsonLinesCarryTheFieldsOfTheNeutralPublishEvent() throws Exception {
        Path file = write("export.jsonl", String.join("\n",
                "{\"id\":\"a-1\",\"url\":\"https://news.example/a-1\",\"title\":\"Rates\",\"body\":\"<p>The bank raised rates.</p>\","
                        + "\"published\":\"2025-01-02T03:04:05Z\",\"modified\":\"2025-01-03T00:00:00+01:00\",\"section\":\"Economy\","
                        + "\"authors\":[\"Ann\"],\"tags\":[\"banks\",\"rates\"],\"language\":\"en\"}",
                "",
                "{\"id\":\"a-2\",\"title\":\"Plain\",\"text\":\"Already plain text.\"}",
                "{not json",
                "{\"title\":\"no id\"}",
                "{\"id\":\"a-5\"}",
                "[1,2]"));
        JsonLinesSource source = new JsonLinesSource(file, tika, mapper);
        List<BackfillItem> items = readAll(source);

        assertEquals(List.of("line 1", "line 3", "line 4", "line 5", "line 6", "line 7"),
                items.stream().map(BackfillItem::label).toList());
        LoadedArticle first = source.load(items.get(0));
        Article a = first.article();
        assertEquals("a-1", a.id());
        assertEquals("https://news.example/a-1", a.url());
        assertEquals("The bank raised rates.", a.text().strip());
        assertEquals(Instant.parse("2025-01-02T03:04:05Z"), a.published());
        assertEquals(Instant.parse("2025-01-02T23:00:00Z").toEpochMilli(), first.version());
        assertEquals("Economy", a.section());
        assertEquals(List.of("Ann"), a.authors());
        assertEquals(List.of("banks", "rates"), a.tags());
        assertEquals("en", a.languageHint());

        LoadedArticle second = source.load(items.get(1));
        assertEquals("Already plain text.", second.article().text());
        assertEquals(LoadedArticle.UNDATED, second.version());

        assertTrue(assertThrows(BackfillException.class, () -> source.load(items.get(2))).getMessage()
                .startsWith("not a JSON object"));
        assertEquals("no \"id\"", assertThrows(BackfillException.class, () -> source.load(items.get(3))).getMessage());
        assertTrue(assertThrows(BackfillException.class, () -> source.load(items.get(4))).getMessage()
                .contains("neither title nor text"));
        assertEquals("not a JSON object", assertThrows(BackfillException.class, () -> source.load(items.get(5))).getMessage());
    }

    @Test
    void pathListsSkipCommentsAndKeepFetchFailuresTransientOrNot() throws Exception {
        Path file = write("paths.txt", "# exported 2026-11-01\n/content/site/a\n\n  /content/site/b  \n/content/site/gone\n/content/site/slow\n");
        PathListSource source = new PathListSource(file, path -> switch (path) {
            case "/content/site/gone" -> throw new ArticleSourceException("HTTP 404 for " + path, false);
            case "/content/site/slow" -> throw new ArticleSourceException("timeout for " + path, true);
            default -> new Article(path, path, "", "Title " + path, "", "text", null,
                    Instant.ofEpochMilli(42), "", List.of(), List.of(), "");
        });
        List<BackfillItem> items = readAll(source);

        assertEquals(List.of("/content/site/a", "/content/site/b", "/content/site/gone", "/content/site/slow"),
                items.stream().map(BackfillItem::label).toList());
        assertEquals(42, source.load(items.get(1)).version());
        assertEquals("/content/site/b", source.load(items.get(1)).article().id());
        assertFalse(assertThrows(BackfillException.class, () -> source.load(items.get(2))).isTransient());
        assertTrue(assertThrows(BackfillException.class, () -> source.load(items.get(3))).isTransient());
        assertEquals(4, source.count());
    }

    @Test
    void anEmptyListHasNoItems() throws Exception {
        Path file = write("empty.txt", "");
        try (ItemReader reader = new PathListSource(file, p -> null).open()) {
            assertNull(reader.next());
        }
    }
}
