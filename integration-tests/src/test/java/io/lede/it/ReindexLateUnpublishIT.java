package io.lede.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.lede.testing.ArchiveGenerator;
import io.lede.testing.Await;
import io.lede.testing.ElasticsearchServer;
import io.lede.testing.EsHttp;
import io.lede.testing.LedeCommand;
import io.lede.testing.TestBundles;
import io.lede.testing.TestElasticsearch;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The unpublish a reindex could lose: a writer that had not yet noticed the reindex marker deletes an article from
 * the old index only, after the copy had read it, so the new index holds the copy of an unpublished article. This
 * test builds exactly that state with a real {@code lede reindex} (during its settle time: the old index loses the
 * article, the new one gets the copy at the article's version) and checks that the article does not come back
 * after the alias switched, and that nothing else is missing.
 */
class ReindexLateUnpublishIT {
    private static final String ALIAS = "lede-it-reindex-late";
    private static final String MARKER = ALIAS + "-reindex-target";

    @Test
    void anArticleUnpublishedInTheOldIndexOnlyDoesNotReappearAfterTheSwitch() throws Exception {
        ElasticsearchServer server = TestElasticsearch.get();
        EsHttp es = new EsHttp(server.httpUrl());
        Path work = TestBundles.workDirectory("reindex-late");
        new ArchiveGenerator().writeJsonLines(work.resolve("archive.jsonl"), 0, 12);
        Process backfill = LedeCommand.start(work.resolve("backfill-out.json"), work.resolve("backfill-err.txt"),
                "backfill", "--elasticsearch", server.httpUrl(), "--alias", ALIAS, "--replicas", "0",
                "--jsonl", work.resolve("archive.jsonl").toString(), "--state", work.resolve("state").toString(),
                "--threads", "2");
        assertTrue(backfill.waitFor(300, TimeUnit.SECONDS) && backfill.exitValue() == 0, "the archive is loaded");
        TreeSet<String> before = ids(es, ALIAS);
        assertEquals(12, before.size());
        String old = ALIAS + "-v1";

        Process reindex = LedeCommand.start(work.resolve("reindex-out.json"), work.resolve("reindex-err.txt"),
                "reindex", "--elasticsearch", server.httpUrl(), "--alias", ALIAS, "--copy", "--replicas", "0",
                "--grace-seconds", "0", "--settle-seconds", "20");
        Await.until(Duration.ofSeconds(180), "the reindex to mark its new index",
                () -> es.get("/_alias").toString().contains(MARKER) || !reindex.isAlive());
        List<String> marked = new ArrayList<>();
        es.get("/_alias/" + MARKER).fieldNames().forEachRemaining(marked::add);
        String building = marked.get(0);

        String unpublished = before.first();
        String inPath = URLEncoder.encode(unpublished, StandardCharsets.UTF_8);
        JsonNode doc = es.get("/" + old + "/_doc/" + inPath);
        long version = doc.path("_version").asLong();
        es.put("/" + building + "/_doc/" + inPath + "?version_type=external_gte&version=" + version,
                doc.path("_source")); // the copy read the article and wrote it to the new index
        es.delete("/" + old + "/_doc/" + inPath + "?version_type=external_gte&version=" + (version + 1));
        assertTrue(es.get("/_alias").toString().contains(MARKER) && reindex.isAlive(),
                "the late unpublish happened before the switch");

        assertTrue(reindex.waitFor(300, TimeUnit.SECONDS), "lede reindex ends");
        String err = Files.readString(work.resolve("reindex-err.txt"), StandardCharsets.UTF_8);
        assertEquals(0, reindex.exitValue(), err);
        List<String> out = Files.readAllLines(work.resolve("reindex-out.json"), StandardCharsets.UTF_8);
        JsonNode report = EsHttp.json().readTree(out.get(out.size() - 1));
        assertEquals("DONE", report.path("state").asText(), report.toString());
        assertEquals(building, report.path("targetIndex").asText());
        List<String> behind = new ArrayList<>();
        es.get("/_alias/" + ALIAS).fieldNames().forEachRemaining(behind::add);
        assertEquals(List.of(building), behind, "the alias switched");

        TreeSet<String> after = ids(es, ALIAS);
        assertFalse(after.contains(unpublished), "the unpublished article does not come back: " + after);
        TreeSet<String> expected = new TreeSet<>(before);
        expected.remove(unpublished);
        assertEquals(expected, after, "nothing else is missing");
        assertTrue(err.contains("1 documents unpublished during the copy removed"), err);
    }

    private static TreeSet<String> ids(EsHttp es, String index) {
        es.post("/" + index + "/_refresh", null);
        TreeSet<String> ids = new TreeSet<>();
        es.post("/" + index + "/_search", Map.of("size", 1000, "_source", false)).path("hits").path("hits")
                .forEach(h -> ids.add(h.path("_id").asText()));
        return ids;
    }
}
