package io.lede.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TikaParsingTest {
    private static TikaParsing tika;

    @BeforeAll
    static void load() {
        tika = TikaParsing.withLimits(new ParseLimits(100_000, 50_000, 100, 20_000));
    }

    @AfterAll
    static void close() {
        tika.close();
    }

    private static final String PAGE = """
            <!DOCTYPE html><html lang="fr"><head><title>La pluie revient | Journal</title>
            <meta name="description" content="Des averses sont attendues.">
            <meta property="article:published_time" content="2026-11-28T07:00:00Z">
            <meta property="article:section" content="Météo">
            <meta name="author" content="Anne Martin">
            <meta property="article:tag" content="pluie">
            <link rel="canonical" href="https://journal.example/meteo/pluie">
            </head><body>
            <header><nav><a href="/">Accueil</a> <a href="/abo">Abonnez-vous</a></nav></header>
            <main><article><h1>La pluie revient</h1>
            <p>Des averses sont attendues dès mardi dans le nord du pays.</p>
            <p>Les températures baisseront de quelques degrés.</p></article>
            <aside>Les plus lus : recette de la tarte</aside></main>
            <footer>Mentions légales</footer></body></html>
            """;

    @Test
    void keepsTheArticleAndItsMetadataNotTheChrome() throws Exception {
        ParsedDocument doc = tika.parse(PAGE.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8", "p.html");
        assertEquals("La pluie revient", doc.title());
        assertEquals("Des averses sont attendues.", doc.description());
        assertTrue(doc.text().contains("Des averses sont attendues dès mardi"));
        assertTrue(doc.text().contains("\n\nLes températures"), "paragraphs stay apart");
        for (String chrome : List.of("Abonnez-vous", "recette de la tarte", "Mentions légales")) {
            assertFalse(doc.text().contains(chrome), chrome);
        }
        assertEquals(Instant.parse("2026-11-28T07:00:00Z"), doc.published());
        assertEquals("Météo", doc.section());
        assertEquals(List.of("Anne Martin"), doc.authors());
        assertEquals(List.of("pluie"), doc.tags());
        assertEquals("https://journal.example/meteo/pluie", doc.canonicalUrl());
    }

    @Test
    void aPlainTextFileTakesItsFirstLineAsTitle() throws Exception {
        ParsedDocument doc = tika.parse("Un titre court\n\nLe corps du texte.\n".getBytes(StandardCharsets.UTF_8),
                null, "a.txt");
        assertEquals("Un titre court", doc.title());
        assertEquals("Le corps du texte.", doc.text());
    }

    @Test
    void brokenHtmlStillGivesItsText() throws Exception {
        ParsedDocument doc = tika.parse("<html><body><div><p>Texte <b>cassé <i>sans fin <div><p>encore"
                .getBytes(StandardCharsets.UTF_8), "text/html", "b.html");
        assertTrue(doc.text().contains("cassé"));
    }

    @Test
    void badInputIsRefusedWithAReason() {
        assertTrue(assertThrows(ParseException.class, () -> tika.parse(new byte[0], "text/html", "e.html"))
                .getMessage().contains("empty"));
        assertTrue(assertThrows(ParseException.class, () -> tika.parse(new byte[200_000], "text/html", "big.html"))
                .getMessage().contains("exceeds the limit"));
        byte[] noise = new byte[5000];
        new Random(1).nextBytes(noise);
        assertTrue(assertThrows(ParseException.class, () -> tika.parse(noise, "application/octet-stream", "n.html"))
                .getMessage().contains("not readable text"));
        String deep = "<div>".repeat(500) + "x" + "</div>".repeat(500);
        assertTrue(assertThrows(ParseException.class,
                () -> tika.parse(("<html><body>" + deep + "</body></html>").getBytes(StandardCharsets.UTF_8),
                        "text/html", "deep.html")).getMessage().contains("nesting"));
    }

    @Test
    void aLongDocumentIsCutAtTheCharacterLimitWithoutReadingTheRest() throws Exception {
        String paragraphs = "<p>Le conseil municipal a vot\u00e9 le budget de la ville.</p>".repeat(1500);
        ParsedDocument doc = tika.parse(("<html><body>" + paragraphs + "</body></html>").getBytes(StandardCharsets.UTF_8),
                "text/html", "long.html");
        assertTrue(doc.text().length() <= 50_000, "kept within the limit: " + doc.text().length());
        assertTrue(doc.text().startsWith("Le conseil municipal"));
    }

    @Test
    void aDocxWhosePartExpandsHugelyIsRefusedAsAZipBombBeforeInflating() throws Exception {
        byte[] bomb = zip("word/document.xml", 20 * 1024 * 1024);
        ParseException e = assertThrows(ParseException.class, () -> tika.parse(bomb,
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "bomb.docx"));
        assertTrue(e.getMessage().startsWith("suspected zip bomb: word/document.xml expands from"), e.getMessage());
    }

    @Test
    void typesLedeCannotReadAreNamed() throws Exception {
        byte[] zip = zip("notes.txt", 1000);
        ParseException e = assertThrows(ParseException.class, () -> tika.parse(zip, "application/zip", "a.zip"));
        assertEquals("unsupported content type application/zip (Lede reads HTML, text, PDF, DOCX and ODT)",
                e.getMessage());
    }

    /** A ZIP with one entry of {@code size} spaces: compresses about 1000:1. */
    private static byte[] zip(String entry, int size) throws java.io.IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(bytes)) {
            out.putNextEntry(new java.util.zip.ZipEntry(entry));
            byte[] spaces = new byte[64 * 1024];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int written = 0; written < size; written += spaces.length) {
                out.write(spaces);
            }
            out.closeEntry();
        }
        return bytes.toByteArray();
    }
}
