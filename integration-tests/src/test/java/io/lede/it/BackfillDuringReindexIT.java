package io.lede.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.lede.testing.ArchiveGenerator;
import io.lede.testing.ElasticsearchServer;
import io.lede.testing.EsHttp;
import io.lede.testing.LedeCommand;
import io.lede.testing.TestBundles;
import io.lede.testing.TestElasticsearch;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code lede backfill} while a reindex builds a new index: once the reindex marker exists, every article the
 * backfill writes lands in the new index too (the copy of the reindex may have read that range already), at the
 * same version, as the bundle's live writes do.
 */
class BackfillDuringReindexIT {
    private static final String ALIAS = "lede-it-backfill-reindex";

    @Test
    void articlesWrittenAfterTheMarkerAppearedAreInTheNewIndexToo() throws Exception {
        ElasticsearchServer server = TestElasticsearch.get();
        EsHttp es = new EsHttp(server.httpUrl());
        Path work = TestBundles.workDirectory("backfill-reindex");
        ArchiveGenerator archive = new ArchiveGenerator();
        archive.writeJsonLines(work.resolve("before.jsonl"), 0, 20);
        archive.writeJsonLines(work.resolve("during.jsonl"), 20, 50);

        assertEquals(0, backfill(server, work, "before"), "the first part, no reindex running");
        String current = ALIAS + "-v1";
        String building = ALIAS + "-v2"; // as a reindex marks its new index (created from the same template)
        es.put("/" + building, Map.of("aliases", Map.of(ALIAS + "-reindex-target", Map.of("is_write_index", true))));
        assertEquals(0, backfill(server, work, "during"), "the second part, while the reindex runs");

        Map<String, Long> inAlias = versions(es, current);
        Map<String, Long> inNew = versions(es, building);
        assertEquals(50, inAlias.size(), "every article in the alias");
        assertEquals(30, inNew.size(), "what was written after the marker appeared is in the new index: " + inNew);
        inNew.forEach((id, version) -> assertEquals(inAlias.get(id), version, "same article, same version: " + id));
        assertTrue(es.get("/" + building + "/_mapping").toString().contains("enrichmentVersion"),
                "the new index has the mappings of the template");
    }

    private static int backfill(ElasticsearchServer server, Path work, String part) throws Exception {
        Process p = LedeCommand.start(work.resolve(part + "-out.json"), work.resolve(part + "-err.txt"), "backfill",
                "--elasticsearch", server.httpUrl(), "--alias", ALIAS, "--replicas", "0",
                "--jsonl", work.resolve(part + ".jsonl").toString(), "--state", work.resolve(part + "-state").toString(),
                "--threads", "2", "--bulk-count", "7");
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "lede backfill ends");
        return p.exitValue();
    }

    private static Map<String, Long> versions(EsHttp es, String index) {
        es.post("/" + index + "/_refresh", null);
        Map<String, Long> out = new HashMap<>();
        JsonNode hits = es.post("/" + index + "/_search", Map.of("size", 1000, "version", true, "_source", false))
                .path("hits").path("hits");
        hits.forEach(h -> out.put(h.path("_id").asText(), h.path("_version").asLong()));
        return out;
    }
}
