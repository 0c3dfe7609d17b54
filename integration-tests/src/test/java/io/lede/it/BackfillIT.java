package io.lede.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.lede.testing.ArchiveGenerator;
import io.lede.testing.Await;
import io.lede.testing.ElasticsearchServer;
import io.lede.testing.EsHttp;
import io.lede.testing.LedeCommand;
import io.lede.testing.TestBundles;
import io.lede.testing.TestElasticsearch;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code lede backfill --dir} as a user runs it: a folder of pages and text files with a few broken files is stopped
 * midway by SIGTERM (Ctrl-C), resumed with {@code --resume}, and ends with every article indexed exactly once and
 * the broken files reported.
 */
class BackfillIT {
    private static final String ALIAS = "lede-it-backfill-cli";
    private static final int ARTICLES = 250;
    private static final Set<String> BROKEN = Set.of("broken/empty.txt", "broken/fake.docx", "broken/not-really.pdf");

    @Test
    void aFolderBackfillStoppedBySigtermAndResumedIndexesEveryArticleOnce() throws Exception {
        ElasticsearchServer server = TestElasticsearch.get();
        EsHttp es = new EsHttp(server.httpUrl());
        Path work = TestBundles.workDirectory("backfill-cli");
        Path archive = work.resolve("archive");
        List<String> ids = new ArchiveGenerator().writeFolder(archive, 0, ARTICLES, 5);
        Files.createDirectories(archive.resolve("broken"));
        Files.write(archive.resolve("broken/empty.txt"), new byte[0]);
        Files.write(archive.resolve("broken/fake.docx"), // a zip header and then garbage
                "PK\u0003\u0004\u0014\u0000\u0000\u0000\u0008\u0000garbage".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(archive.resolve("broken/not-really.pdf"), "%PDF-1.4 and then nothing of a PDF");
        Path state = work.resolve("state");
        String[] args = {"backfill", "--elasticsearch", server.httpUrl(), "--alias", ALIAS, "--replicas", "0",
                "--dir", archive.toString(), "--state", state.toString(), "--threads", "2", "--bulk-count", "20",
                "--progress-seconds", "1"};

        Process first = LedeCommand.start(work.resolve("out-1.json"), work.resolve("err-1.txt"), args);
        Await.until(Duration.ofSeconds(180), "part of the archive to be checkpointed",
                () -> doneBelow(state) >= 60 || !first.isAlive());
        first.destroy(); // SIGTERM, as Ctrl-C
        assertTrue(first.waitFor(120, TimeUnit.SECONDS), "the backfill exits after a SIGTERM");
        JsonNode stopped = lastJson(work.resolve("out-1.json"));
        assertEquals("stopped", stopped.path("state").asText(), stopped.toString());
        long firstSettled = stopped.path("indexed").asLong() + stopped.path("failed").asLong();
        assertTrue(firstSettled >= 60 && firstSettled < ARTICLES, stopped.toString());

        String[] resume = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.stream.Stream.of("--resume"))
                .toArray(String[]::new);
        Process second = LedeCommand.start(work.resolve("out-2.json"), work.resolve("err-2.txt"), resume);
        assertTrue(second.waitFor(300, TimeUnit.SECONDS), "the resumed backfill ends");
        assertEquals(1, second.exitValue(), "exit status 1: some inputs failed");
        JsonNode done = lastJson(work.resolve("out-2.json"));
        assertEquals("done", done.path("state").asText(), done.toString());
        assertEquals(ARTICLES + BROKEN.size(), done.path("total").asLong());
        assertEquals(firstSettled, done.path("skipped").asLong(), "the resume skips what the first run did");
        assertEquals(ARTICLES, stopped.path("indexed").asLong() + done.path("indexed").asLong());

        Set<String> failed = new TreeSet<>();
        List.of(stopped, done).forEach(s -> s.path("failures").forEach(f -> failed.add(f.path("input").asText())));
        assertEquals(new TreeSet<>(BROKEN), failed);
        List<String> failureLines = Files.readAllLines(state.resolve("failures.jsonl"));
        assertEquals(BROKEN.size(), failureLines.size(), failureLines.toString());
        String stderr = Files.readString(work.resolve("err-2.txt"), StandardCharsets.UTF_8);
        assertTrue(stderr.contains("failed inputs") && stderr.contains("broken/fake.docx"), stderr);
        assertTrue(stderr.contains("lede backfill: ") && stderr.contains("/s ETA"), "progress lines: " + stderr);

        es.get("/" + ALIAS + "/_refresh");
        assertEquals(ARTICLES, es.get("/" + ALIAS + "/_count").path("count").asInt());
        assertEquals(new HashSet<>(ids), indexedIds(es));
        assertEquals(ARTICLES, es.get("/" + ALIAS + "/_stats/indexing").path("_all").path("primaries")
                .path("indexing").path("index_total").asLong(), "each article written exactly once");
    }

    static long doneBelow(Path state) {
        try {
            return EsHttp.json().readTree(state.resolve("checkpoint.json").toFile()).path("doneBelow").asLong();
        } catch (IOException e) {
            return 0;
        }
    }

    static JsonNode lastJson(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertTrue(!lines.isEmpty(), "the command printed its summary");
        return EsHttp.json().readTree(lines.get(lines.size() - 1));
    }

    static Set<String> indexedIds(EsHttp es) {
        Set<String> ids = new HashSet<>();
        JsonNode hits = es.post("/" + ALIAS + "/_search", Map.of("size", 5000, "_source", false,
                "query", Map.of("match_all", Map.of()))).path("hits").path("hits");
        hits.forEach(h -> ids.add(h.path("_id").asText()));
        return ids;
    }
}
