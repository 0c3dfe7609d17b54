package io.lede.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lede.testing.ArchiveGenerator;
import io.lede.testing.Await;
import io.lede.testing.ElasticsearchServer;
import io.lede.testing.EsHttp;
import io.lede.testing.LedeCommand;
import io.lede.testing.LedeInFelix;
import io.lede.testing.PublishTier;
import io.lede.testing.TestBundles;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.management.ObjectName;
import org.osgi.framework.Bundle;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * The load harness of issue 7 (not a test; {@code benchmarks/load.sh}): on a private Elasticsearch node it
 * <ol>
 * <li>generates an archive from the project's sample stories and backfills it with {@code lede backfill --jsonl}
 *     (articles/s),</li>
 * <li>writes the very same final documents into another index with plain {@code _bulk} requests of the same size,
 *     one at a time like the backfill's writer, and reports the ratio,</li>
 * <li>starts Felix with Lede: bundle start until publishes are accepted and until the pipeline runs,</li>
 * <li>publishes at a steady rate through EventAdmin (neutral PUBLISH events) and measures publish to searchable
 *     latency, once alone and once while a backfill runs inside the bundle,</li>
 * <li>and the heap after everything is loaded.</li>
 * </ol>
 * Arguments: {@code [articles] [publishesPerSecond] [seconds per latency phase] [backfill threads]}.
 */
public final class LoadHarness {
    private static final ObjectMapper JSON = EsHttp.json();
    private static final String ALIAS = "lede-load";
    private static final int WARM_UP_SECONDS = 20;

    private LoadHarness() {
    }

    public static void main(String[] args) throws Exception {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int rate = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        int threads = args.length > 3 ? Integer.parseInt(args[3]) : Runtime.getRuntime().availableProcessors();
        Path work = TestBundles.workDirectory("load");
        List<String> report = new ArrayList<>();
        report.add("load harness " + Instant.now() + ", " + articles + " articles, " + rate + " publishes/s for "
                + seconds + " s per phase, backfill threads " + threads + ", load average at start "
                + loadAverage());
        try (ElasticsearchServer server = ElasticsearchServer.builder().nodeName("lede-load").build().start()) {
            EsHttp es = new EsHttp(server.httpUrl());
            Path export = work.resolve("archive.jsonl");
            new ArchiveGenerator().writeJsonLines(export, 0, articles);
            report.add("archive: " + articles + " articles, " + Files.size(export) / 1024 + " KB of JSON Lines");

            // Elasticsearch's JIT warms up on a throwaway alias first: otherwise the measured backfill, which runs
            // first, pays for it and the plain bulk after it does not
            Path warmUp = work.resolve("warm-up.jsonl");
            new ArchiveGenerator().writeJsonLines(warmUp, articles, articles + Math.min(articles, 1000));
            backfill(server, work, warmUp, ALIAS + "-warm", threads);
            double idle0 = esCpuSeconds(es);
            long idleStart = System.nanoTime();
            TimeUnit.SECONDS.sleep(5);
            double idleRate = (esCpuSeconds(es) - idle0) / ((System.nanoTime() - idleStart) / 1e9);
            report.add(String.format(Locale.ROOT, "Elasticsearch idle: %.0f ms of CPU a second (included in the CPU "
                    + "figures below; longer phases carry more of it)", 1000 * idleRate));

            String otherBuild = System.getProperty("lede.load.compareWith", "");
            if (!otherBuild.isBlank()) {
                compareBackfill(server, es, work, export, threads, otherBuild, report);
            }

            double esCpu0 = esCpuSeconds(es);
            JsonNode backfill = backfill(server, work, export, ALIAS, threads);
            double backfillEsCpu = esCpuSeconds(es) - esCpu0;
            double backfillRate = backfill.path("indexed").asDouble() / backfill.path("seconds").asDouble();
            // the job's own CPU when the command reports it, else its whole process's
            double backfillCpu = backfill.path("cpuSeconds").asDouble(backfill.path("processCpuSeconds").asDouble())
                    + backfillEsCpu;
            report.add(String.format(Locale.ROOT, "backfill (lede backfill --jsonl, %d threads, bulks of 500): %d "
                    + "indexed in %.1f s = %.1f articles/s (%d failed); load average now %s", threads,
                    backfill.path("indexed").asLong(), backfill.path("seconds").asDouble(), backfillRate,
                    backfill.path("failed").asLong(), loadAverage()));
            report.add(String.format(Locale.ROOT, "backfill CPU: %.1f s in the job of lede backfill (%.1f s in its "
                    + "whole process, start-up and models included) + %.1f s in Elasticsearch = %.2f ms per article",
                    backfill.path("cpuSeconds").asDouble(), backfill.path("processCpuSeconds").asDouble(),
                    backfillEsCpu, 1000 * backfillCpu / articles));

            double esCpu1 = esCpuSeconds(es);
            double rawRate = rawBulk(es, server.httpUrl(), articles);
            double rawCpu = esCpuSeconds(es) - esCpu1;
            report.add(String.format(Locale.ROOT, "plain _bulk of the same %d final documents (bulks of 500, one at "
                    + "a time): %.1f articles/s; backfill / raw = %.2f; load average now %s", articles, rawRate,
                    backfillRate / rawRate, loadAverage()));
            report.add(String.format(Locale.ROOT, "plain _bulk CPU: %.1f s in Elasticsearch = %.2f ms per article; "
                    + "CPU per article raw / backfill = %.2f (the throughput ratio on cores given to this run alone)",
                    rawCpu, 1000 * rawCpu / articles, rawCpu / backfillCpu));

            if (!Boolean.getBoolean("lede.load.backfillOnly")) {
                latencyPhases(server, work, export, rate, seconds, threads, report);
            }
        }
        report.add("load average at end " + loadAverage());
        System.out.println();
        report.forEach(line -> System.out.println("LOAD " + line));
        Files.write(work.resolve("report.txt"), report, StandardCharsets.UTF_8);
    }

    private static JsonNode backfill(ElasticsearchServer server, Path work, Path export, String alias, int threads)
            throws Exception {
        Process p = LedeCommand.start(work.resolve(alias + "-out.json"), work.resolve(alias + "-err.txt"), "backfill",
                "--elasticsearch", server.httpUrl(), "--alias", alias, "--replicas", "0", "--jsonl",
                export.toString(), "--state", work.resolve(alias + "-state").toString(), "--threads",
                Integer.toString(threads), "--bulk-count", "500", "--progress-seconds", "10");
        // the process's CPU time, polled while it runs (gone once it exited): start-up and models included
        Duration cpu = Duration.ZERO;
        long deadline = System.nanoTime() + TimeUnit.HOURS.toNanos(3);
        while (!p.waitFor(200, TimeUnit.MILLISECONDS)) {
            cpu = p.info().totalCpuDuration().orElse(cpu);
            if (System.nanoTime() > deadline) {
                p.destroy();
                throw new IllegalStateException("the backfill did not end");
            }
        }
        List<String> out = Files.readAllLines(work.resolve(alias + "-out.json"));
        return ((ObjectNode) JSON.readTree(out.get(out.size() - 1)))
                .put("processCpuSeconds", cpu.toMillis() / 1000.0);
    }

    /**
     * Runs the same backfill with another build's command line (system property {@code lede.load.compareWith}: its
     * class path), right before the measured one on the same node, for a back-to-back comparison.
     */
    private static void compareBackfill(ElasticsearchServer server, EsHttp es, Path work, Path export, int threads,
                                        String classPath, List<String> report) throws Exception {
        String own = System.getProperty("lede.cli.classpath");
        System.setProperty("lede.cli.classpath", classPath);
        try {
            double esCpu0 = esCpuSeconds(es);
            JsonNode other = backfill(server, work, export, ALIAS + "-other", threads);
            double esCpu = esCpuSeconds(es) - esCpu0;
            report.add(String.format(Locale.ROOT, "OTHER BUILD backfill: %d indexed in %.1f s = %.1f articles/s; CPU "
                    + "%.1f s in its whole process + %.1f s in Elasticsearch; load average now %s",
                    other.path("indexed").asLong(), other.path("seconds").asDouble(),
                    other.path("indexed").asDouble() / other.path("seconds").asDouble(),
                    other.path("processCpuSeconds").asDouble(), esCpu, loadAverage()));
        } finally {
            System.setProperty("lede.cli.classpath", own);
        }
    }

    /** Reads the backfilled documents back, then writes them to {@code lede-load-vraw}; returns articles/s. */
    private static double rawBulk(EsHttp es, String baseUrl, int articles) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        es.get("/" + ALIAS + "/_refresh");
        List<String> bodies = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        int inBody = 0;
        int total = 0;
        JsonNode after = null;
        while (true) {
            var query = JSON.createObjectNode().put("size", 1000);
            query.putArray("sort").add(JSON.createObjectNode().put("id", "asc"));
            if (after != null) {
                query.set("search_after", after);
            }
            ArrayNode hits = (ArrayNode) es.post("/" + ALIAS + "/_search", query).path("hits").path("hits");
            if (hits.isEmpty()) {
                break;
            }
            for (JsonNode hit : hits) {
                body.append(JSON.writeValueAsString(JSON.createObjectNode().set("index",
                        JSON.createObjectNode().put("_index", ALIAS + "-vraw").put("_id", hit.path("_id").asText()))))
                        .append('\n').append(JSON.writeValueAsString(hit.path("_source"))).append('\n');
                total++;
                if (++inBody == 500) {
                    bodies.add(body.toString());
                    body.setLength(0);
                    inBody = 0;
                }
            }
            after = hits.get(hits.size() - 1).path("sort");
        }
        if (inBody > 0) {
            bodies.add(body.toString());
        }
        es.put("/" + ALIAS + "-vraw", Map.of("settings", Map.of("number_of_replicas", 0)));
        long t0 = System.nanoTime();
        for (String b : bodies) {
            JsonNode r = postNdjson(http, baseUrl + "/_bulk", b);
            if (r.path("errors").asBoolean()) {
                throw new IllegalStateException("raw bulk had errors: " + r.toString().substring(0, 500));
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (total != articles) {
            System.err.println("load: read back " + total + " of " + articles + " documents");
        }
        return total / seconds;
    }

    private static void latencyPhases(ElasticsearchServer server, Path work, Path export, int rate, int seconds,
                                      int threads, List<String> report) throws Exception {
        try (PublishTier tier = PublishTier.start();
             LedeInFelix lede = LedeInFelix.start(work.resolve("felix-run"), server.httpUrl(), tier.baseUrl(),
                     ALIAS + "-live", Map.of("index.replicas", 0), List.of())) {
            ObjectName status = new ObjectName("io.lede:type=Pipeline,alias=" + ObjectName.quote(ALIAS + "-live"));
            var jmx = ManagementFactory.getPlatformMBeanServer();
            Await.until(Duration.ofMinutes(5), "the pipeline to run",
                    () -> "running".equals(attribute(jmx, status, "State")));
            Bundle bundle = lede.felix().bundle("io.lede.bundle");
            bundle.stop();
            long t0 = System.nanoTime();
            bundle.start();
            // the status MBean is registered as soon as the component opened its queue: publishes are accepted
            Await.until(Duration.ofMinutes(1), "publishes to be accepted", () -> jmx.isRegistered(status));
            long accepting = System.nanoTime() - t0;
            Await.until(Duration.ofMinutes(5), "the pipeline to run",
                    () -> "running".equals(attribute(jmx, status, "State")));
            long running = System.nanoTime() - t0;
            report.add(String.format(Locale.ROOT, "bundle start -> accepting publishes: %d ms; -> pipeline running "
                    + "(models, Elasticsearch, index ready): %d ms", accepting / 1_000_000, running / 1_000_000));

            PublishLatency probe = new PublishLatency(lede, new EsHttp(server.httpUrl()), ALIAS + "-live");
            // reported apart: the entity models are still loading in the background and the JIT is cold, so
            // the first publishes wait; the phases below measure the steady state the target is about
            report.add("publish -> searchable in the first " + WARM_UP_SECONDS + " s after the bundle start (warm-up): "
                    + probe.run("warm-up", rate, WARM_UP_SECONDS));
            report.add("publish -> searchable, no backfill: " + probe.run("quiet", rate, seconds));

            ConfigurationAdmin configAdmin = lede.felix().service(ConfigurationAdmin.class);
            Configuration job = configAdmin.createFactoryConfiguration("io.lede.backfill", "?");
            Dictionary<String, Object> props = new Hashtable<>();
            props.put("name", "load");
            props.put("source.jsonl", export.toString());
            props.put("threads", Math.max(1, threads / 2));
            props.put("resume", false);
            job.update(props);
            Await.until(Duration.ofMinutes(5), "the bundle's backfill to run",
                    () -> backfillLine(jmx, status).contains("running") && !backfillLine(jmx, status).contains(" 0 indexed"));
            report.add("publish -> searchable, backfill running in the bundle (" + Math.max(1, threads / 2)
                    + " low-priority threads): " + probe.run("backfill", rate, seconds));
            report.add("bundle backfill while measured: " + backfillLine(jmx, status));
            job.delete();

            System.gc();
            System.gc();
            long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            report.add(String.format(Locale.ROOT, "heap used after full GC, everything loaded (Felix + Lede + harness "
                    + "in one JVM): %d MB", heap >> 20));
        }
    }

    /** CPU time the Elasticsearch node's process has used so far. */
    private static double esCpuSeconds(EsHttp es) throws Exception {
        JsonNode nodes = es.get("/_nodes/_local/stats/process").path("nodes");
        return nodes.elements().next().path("process").path("cpu").path("total_in_millis").asLong() / 1000.0;
    }

    private static JsonNode postNdjson(HttpClient http, String url, String body) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException("_bulk answered HTTP " + response.statusCode());
        }
        return JSON.readTree(response.body());
    }

    private static Object attribute(javax.management.MBeanServer jmx, ObjectName name, String attribute) {
        try {
            return jmx.getAttribute(name, attribute);
        } catch (javax.management.JMException e) {
            return null;
        }
    }

    private static String backfillLine(javax.management.MBeanServer jmx, ObjectName status) {
        Object lines = attribute(jmx, status, "Backfills");
        return lines instanceof String[] a && a.length > 0 ? a[0] : "";
    }

    private static String loadAverage() {
        return String.format(Locale.ROOT, "%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
