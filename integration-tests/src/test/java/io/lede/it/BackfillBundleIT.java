package io.lede.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.lede.testing.ArchiveGenerator;
import io.lede.testing.Await;
import io.lede.testing.ElasticsearchServer;
import io.lede.testing.EsHttp;
import io.lede.testing.HttpClientJson;
import io.lede.testing.HttpClientJson.Answer;
import io.lede.testing.LedeInFelix;
import io.lede.testing.PublishTier;
import io.lede.testing.SampleArticle;
import io.lede.testing.TestBundles;
import io.lede.testing.TestElasticsearch;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Dictionary;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * The backfill inside the bundle: three factory configurations of {@code io.lede.backfill} (a JSON Lines export, a
 * folder, a list of CMS paths on the publish tier) run while live publishes keep arriving; deleting the
 * configurations stops them midway, creating them again resumes from their checkpoints. Every article ends in
 * the index exactly once, live publishes included; failures are reported in the status and the failures files.
 * {@code GET /lede/api/backfill} shows them to an admin; {@code POST} starts one more.
 */
class BackfillBundleIT {
    private static final String ALIAS = "lede-it-backfill-bundle";
    private static final int JSONL = 400;
    private static final int FOLDER = 100;
    private static final int PATHS = 100;
    private static final int LIVE = 10;
    private static final int OVER_HTTP = 20;
    private static final String PASSWORD = "backfill-s3cret";
    /** Articles a second of the first runs: slow enough that each is stopped long before its end, on any machine. */
    private static final int SLOW = 4;

    @Test
    void backfillJobsStoppedAndResumedIndexEveryArticleOnceBesideLivePublishes() throws Exception {
        ElasticsearchServer server = TestElasticsearch.get();
        EsHttp es = new EsHttp(server.httpUrl());
        Path work = TestBundles.workDirectory("backfill-bundle");
        ArchiveGenerator generator = new ArchiveGenerator();
        Set<String> expected = new HashSet<>();
        Path jsonl = work.resolve("export.jsonl");
        expected.addAll(generator.writeJsonLines(jsonl, 0, JSONL));
        Files.writeString(jsonl, "{\"id\":\"broken-1\",\"title\":\n{\"title\":\"no id\",\"text\":\"x\"}\n",
                java.nio.file.StandardOpenOption.APPEND);
        Path folder = work.resolve("archive");
        expected.addAll(generator.writeFolder(folder, 2000, 2000 + FOLDER, 4));
        Files.writeString(folder.resolve("zz-broken.pdf"), "%PDF-1.5 broken");

        try (PublishTier tier = PublishTier.start()) {
            Path paths = work.resolve("paths.txt");
            expected.addAll(generator.servePages(tier, paths, 1000, 1000 + PATHS));
            Files.writeString(paths, "/content/site/gone-1\n/content/site/gone-2\n", java.nio.file.StandardOpenOption.APPEND);

            try (LedeInFelix lede = LedeInFelix.start(work, server.httpUrl(), tier.baseUrl(), ALIAS,
                    Map.of("enrich.threads", 1), List.of(),
                    Map.of("io.lede.http", LedeInFelix.editorAccess("editor", PASSWORD)))) {
                ConfigurationAdmin configAdmin = lede.felix().service(ConfigurationAdmin.class);
                BundleContext bundle = lede.felix().bundle("io.lede.bundle").getBundleContext();
                Map<String, Map<String, Object>> jobs = Map.of(
                        "jsonl", Map.of("source.jsonl", jsonl.toString()),
                        "folder", Map.of("source.dir", folder.toString()),
                        "paths", Map.of("source.paths", paths.toString()));
                Map<String, Configuration> configs = start(configAdmin, jobs, SLOW);

                List<SampleArticle> samples = SampleArticle.all();
                for (int i = 0; i < LIVE; i++) {
                    String id = "live-" + i;
                    lede.publishInline(id, samples.get(i % samples.size()), "2026-11-29T05:00:00Z");
                    expected.add(id);
                }
                Map<String, Configuration> running = new HashMap<>(configs);
                Await.until(Duration.ofSeconds(180), "each job to checkpoint part of its archive, then be stopped", () -> {
                    running.entrySet().removeIf(job -> doneBelow(bundle, job.getKey()) >= 20 && delete(job.getValue()));
                    return running.isEmpty();
                });
                Await.until(Duration.ofSeconds(120), "the stopped jobs to leave the status",
                        () -> backfills().length == 0);
                Map<String, Integer> sizes = Map.of("jsonl", JSONL, "folder", FOLDER, "paths", PATHS);
                for (String name : jobs.keySet()) {
                    assertTrue(doneBelow(bundle, name) < sizes.get(name), name + " stopped midway: " + doneBelow(bundle, name));
                }

                start(configAdmin, jobs, 0);
                Await.until(Duration.ofSeconds(300), "every job to finish",
                        () -> backfills().length == 3 && Arrays.stream(backfills()).allMatch(l -> l.contains(": done ")));
                Map<String, String> lines = new HashMap<>();
                for (String line : backfills()) {
                    lines.put(line.substring(0, line.indexOf(':')), line);
                    assertTrue(line.contains("done before"), "each resumed job skipped what it did before: " + line);
                }
                assertTrue(lines.get("jsonl").contains((JSONL + 2) + "/" + (JSONL + 2)) && lines.get("jsonl").endsWith("2 failed"), lines.toString());
                assertTrue(lines.get("folder").contains("101/101") && lines.get("folder").endsWith("1 failed"), lines.toString());
                assertTrue(lines.get("paths").contains("102/102") && lines.get("paths").endsWith("2 failed"), lines.toString());

                assertEquals(2, failures(bundle, "jsonl").size());
                assertEquals(1, failures(bundle, "folder").size());
                List<JsonNode> gone = failures(bundle, "paths");
                assertEquals(2, gone.size());
                assertTrue(gone.get(0).path("reason").asText().contains("HTTP 404"), gone.toString());

                HttpClientJson admin = HttpClientJson.basic(lede.httpBaseUrl(), "editor", PASSWORD);
                Answer listed = admin.get("/lede/api/backfill");
                assertEquals(200, listed.status(), listed.body().toString());
                assertEquals(3, listed.body().path("backfills").size(), listed.body().toString());
                for (JsonNode job : listed.body().path("backfills")) {
                    assertEquals("configuration", job.path("origin").asText());
                    assertEquals("done", job.path("state").asText(), job.toString());
                }
                assertEquals(401, HttpClientJson.anonymous(lede.httpBaseUrl()).get("/lede/api/backfill").status());
                assertEquals(400, admin.postForm("/lede/api/backfill", Map.of("source", List.of("jsonl"),
                        "path", List.of("relative.jsonl"))).status());

                Path extra = work.resolve("extra.jsonl");
                expected.addAll(generator.writeJsonLines(extra, 5000, 5000 + OVER_HTTP));
                Answer started = admin.postForm("/lede/api/backfill", Map.of("source", List.of("jsonl"),
                        "path", List.of(extra.toString()), "name", List.of("extra")));
                assertEquals(202, started.status(), started.body().toString());
                Await.until(Duration.ofSeconds(120), "the backfill started over HTTP to finish",
                        () -> httpJobState(admin, "extra").equals("done"));

                es.get("/" + ALIAS + "/_refresh");
                assertEquals(expected.size(), es.get("/" + ALIAS + "/_count").path("count").asInt());
                Set<String> indexed = new HashSet<>();
                es.post("/" + ALIAS + "/_search", Map.of("size", 5000, "_source", false))
                        .path("hits").path("hits").forEach(h -> indexed.add(h.path("_id").asText()));
                assertEquals(expected, indexed);
                assertEquals(expected.size(), es.get("/" + ALIAS + "/_stats/indexing").path("_all").path("primaries")
                        .path("indexing").path("index_total").asLong(), "each article written exactly once");
            }
        }
    }

    /** Deleting its configuration stops a job after it wrote what was in flight. */
    private static boolean delete(Configuration c) {
        try {
            c.delete();
            return true;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Map<String, Configuration> start(ConfigurationAdmin configAdmin,
                                                    Map<String, Map<String, Object>> jobs, int maxPerSecond)
            throws IOException {
        Map<String, Configuration> configs = new HashMap<>();
        for (Map.Entry<String, Map<String, Object>> job : jobs.entrySet()) {
            Configuration c = configAdmin.createFactoryConfiguration("io.lede.backfill", "?");
            Dictionary<String, Object> props = new Hashtable<>(new HashMap<>(job.getValue()));
            props.put("name", job.getKey());
            props.put("threads", 1);
            props.put("bulk.count", 10);
            props.put("max.per.second", (double) maxPerSecond);
            c.update(props);
            configs.put(job.getKey(), c);
        }
        return configs;
    }

    private static String httpJobState(HttpClientJson admin, String name) {
        try {
            for (JsonNode job : admin.get("/lede/api/backfill").body().path("backfills")) {
                if (job.path("name").asText().equals(name)) {
                    assertEquals("request", job.path("origin").asText());
                    return job.path("state").asText();
                }
            }
            return "absent";
        } catch (IOException e) {
            return "unreachable";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private static String[] backfills() {
        try {
            MBeanServer jmx = ManagementFactory.getPlatformMBeanServer();
            return (String[]) jmx.getAttribute(new ObjectName("io.lede:type=Pipeline,alias=" + ObjectName.quote(ALIAS)),
                    "Backfills");
        } catch (javax.management.JMException e) {
            return new String[] {"unavailable: " + e};
        }
    }

    private static long doneBelow(BundleContext bundle, String name) {
        try {
            return EsHttp.json().readTree(bundle.getDataFile("backfill/" + name + "/checkpoint.json"))
                    .path("doneBelow").asLong();
        } catch (IOException e) {
            return 0;
        }
    }

    private static List<JsonNode> failures(BundleContext bundle, String name) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(bundle.getDataFile("backfill/" + name + "/failures.jsonl").toPath())) {
            out.add(EsHttp.json().readTree(line));
        }
        return out;
    }
}
