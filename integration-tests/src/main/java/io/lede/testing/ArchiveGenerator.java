package io.lede.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Generates an archive of any size from the project's own sample stories (no third-party text): article
 * {@code i} takes sample {@code i mod 5}, its paragraphs rotated and trimmed, its own id, date (37 minutes apart
 * from 2019 on) and section. Writes it as a folder of pages and text files, a JSON Lines export or publish-tier pages.
 */
public final class ArchiveGenerator {
    private static final List<String> SECTIONS = List.of("World", "Politics", "Economy", "Sport", "Culture", "Science");
    private static final Instant FIRST = Instant.parse("2019-01-01T06:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<SampleArticle> samples = SampleArticle.all();

    /** Article {@code i}; its path is {@code /content/site/archive/<year>/<slug>-<i>}. */
    public SampleArticle article(int i) {
        SampleArticle s = samples.get(i % samples.size());
        List<String> paragraphs = new ArrayList<>(s.paragraphs());
        int n = paragraphs.size();
        List<String> rotated = new ArrayList<>();
        int keep = Math.max(2, n - (i / samples.size()) % 3);
        for (int k = 0; k < keep; k++) {
            rotated.add(paragraphs.get((k + i) % n));
        }
        Instant published = FIRST.plus(Duration.ofMinutes(37L * i));
        String year = published.toString().substring(0, 4);
        String slug = s.path().substring(s.path().lastIndexOf('/') + 1);
        return new SampleArticle("/content/site/archive/" + year + "/" + slug + "-" + i, s.language(),
                SECTIONS.get((i / samples.size()) % SECTIONS.size()), s.authors(), s.tags(), published.toString(),
                s.title() + " (" + (i + 1) + ")", s.description(), rotated);
    }

    /** When article {@code i} was last modified: an hour after publication. */
    public String modified(int i) {
        return Instant.parse(article(i).published()).plus(Duration.ofHours(1)).toString();
    }

    /** The JSON Lines export line of article {@code i}: the fields of the neutral publish event, id = path. */
    public ObjectNode jsonLine(int i) {
        SampleArticle a = article(i);
        ObjectNode line = JSON.createObjectNode();
        line.put("id", a.path()).put("url", "https://news.example" + a.path()).put("title", a.title())
                .put("body", a.bodyHtml()).put("published", a.published()).put("modified", modified(i))
                .put("section", a.section()).put("language", a.language());
        a.authors().forEach(line.putArray("authors")::add);
        a.tags().forEach(line.putArray("tags")::add);
        return line;
    }

    /** Writes articles {@code from..to-1} as a JSON Lines export; returns their ids. */
    public List<String> writeJsonLines(Path file, int from, int to) throws IOException {
        List<String> ids = new ArrayList<>();
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = from; i < to; i++) {
                ObjectNode line = jsonLine(i);
                ids.add(line.path("id").asText());
                w.write(JSON.writeValueAsString(line));
                w.newLine();
            }
        }
        return ids;
    }

    /**
     * Writes articles {@code from..to-1} under {@code dir/<year>/}: every {@code textEvery}-th as a plain text file
     * (title, blank line, paragraphs), the others as full pages. Returns their ids (paths relative to {@code dir}).
     */
    public List<String> writeFolder(Path dir, int from, int to, int textEvery) throws IOException {
        List<String> ids = new ArrayList<>();
        for (int i = from; i < to; i++) {
            SampleArticle a = article(i);
            String relative = a.path().substring("/content/site/archive/".length());
            boolean text = textEvery > 0 && i % textEvery == textEvery - 1;
            Path file = dir.resolve(relative + (text ? ".txt" : ".html"));
            Files.createDirectories(file.getParent());
            Files.writeString(file, text ? a.title() + "\n\n" + String.join("\n\n", a.paragraphs()) + "\n"
                    : SamplePages.render(a, "https://news.example"), StandardCharsets.UTF_8);
            ids.add(relative + (text ? ".txt" : ".html"));
        }
        return ids;
    }

    /** Serves articles {@code from..to-1} as pages ({@code path + ".html"}) and writes their paths to {@code list}. */
    public List<String> servePages(PublishTier tier, Path list, int from, int to) throws IOException {
        List<String> paths = new ArrayList<>();
        for (int i = from; i < to; i++) {
            SampleArticle a = article(i);
            tier.put(a.path() + ".html", PublishTier.Page.html(SamplePages.render(a, "https://news.example")));
            paths.add(a.path());
        }
        Files.createDirectories(list.toAbsolutePath().getParent());
        Files.write(list, paths, StandardCharsets.UTF_8);
        return paths;
    }
}
