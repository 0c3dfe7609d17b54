package io.lede.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lede.testing.Await;
import io.lede.testing.ElasticsearchServer;
import io.lede.testing.EsHttp;
import io.lede.testing.FelixRuntime;
import io.lede.testing.PublishTier;
import io.lede.testing.PublishTier.Page;
import io.lede.testing.SampleArticle;
import io.lede.testing.SamplePages;
import io.lede.testing.TestBundles;
import java.lang.management.ManagementFactory;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;
import org.osgi.framework.ServiceReference;

/**
 * The Felix health check ({@code org.apache.felix.hc.api.HealthCheck}, installed with its API bundle as AEM and
 * Sling have it): registered as "Lede pipeline" with tag "lede", OK while the pipeline runs, CRITICAL once its
 * Elasticsearch node is killed. The JMX status document shows every stage's latency and never the password.
 */
class PipelineHealthIT {
    private static final String ALIAS = "lede-it-health";
    private static final String HEALTH_CHECK = "org.apache.felix.hc.api.HealthCheck";
    private static final String PASSWORD = "hc-Secret-Passw0rd-42";
    private static final Duration WAIT = Duration.ofSeconds(180);

    @Test
    void theHealthCheckIsOkWhileRunningAndCriticalWhenElasticsearchIsDown() throws Exception {
        Path work = TestBundles.workDirectory("health");
        try (ElasticsearchServer node = ElasticsearchServer.builder().nodeName("lede-health").start();
             PublishTier tier = PublishTier.start()) {
            Map<String, Object> props = new HashMap<>();
            props.put("elasticsearch.hosts", new String[] {node.httpUrl()});
            // security is off on this node, so the credentials are sent and ignored: they must still never show
            props.put("elasticsearch.username", "lede");
            props.put("elasticsearch.password", PASSWORD);
            props.put("index.alias", ALIAS);
            props.put("index.replicas", 0);
            props.put("publish.baseUrl", tier.baseUrl());
            props.put("queue.directory", work.resolve("queue").toString());
            FelixRuntime felix = FelixRuntime.start(work.resolve("felix"), bundlesWithHealthCheckApi(), Map.of(),
                    Map.of("io.lede.pipeline", props));
            try {
                ServiceReference<?> ref = Await.value(WAIT, "the health check service",
                        () -> felix.context().getServiceReference(HEALTH_CHECK));
                assertEquals("Lede pipeline", ref.getProperty("hc.name"));
                assertTrue(tags(ref.getProperty("hc.tags")).contains("lede"), "tagged lede");

                SampleArticle fr = SampleArticle.load("fr-kremlin-talks");
                tier.put(fr.path() + ".html", Page.html(SamplePages.render(fr, "https://news.example")));
                Map<String, Object> event = new HashMap<>();
                event.put("type", "ACTIVATE");
                event.put("paths", new String[] {fr.path()});
                felix.send("com/day/cq/replication", event);
                EsHttp es = new EsHttp(node.httpUrl());
                Await.until(WAIT, "the article to be indexed", () -> {
                    JsonNode doc = es.getOrNull("/" + ALIAS + "/_doc/" + URLEncoder.encode(fr.path(), StandardCharsets.UTF_8));
                    return doc != null && doc.path("found").asBoolean();
                });
                Await.until(WAIT, "the health check to say OK", () -> "OK".equals(status(felix, ref)));

                JsonNode status = new ObjectMapper().readTree((String) ManagementFactory.getPlatformMBeanServer()
                        .getAttribute(new ObjectName("io.lede:type=Pipeline,alias=" + ObjectName.quote(ALIAS)),
                                "StatusJson"));
                System.out.println("PipelineHealthIT status: " + status);
                for (String stage : List.of("fetch", "parse", "language", "entities", "topics", "index")) {
                    assertTrue(status.path("stages").path(stage).path("count").asLong() >= 1, stage + " timed");
                }
                assertEquals(1, status.path("counters").path("indexed").asLong());
                assertFalse(status.toString().contains(PASSWORD), "the password never shows");

                node.kill();
                Await.until(WAIT, "the health check to say CRITICAL", () -> "CRITICAL".equals(status(felix, ref)));
            } finally {
                felix.close();
            }
        }
    }

    /** Calls the health check through reflection: its API lives in the framework, not on the test class path. */
    private static String status(FelixRuntime felix, ServiceReference<?> ref) {
        Object check = felix.context().getService(ref);
        try {
            Object result = check.getClass().getMethod("execute").invoke(check);
            return String.valueOf(result.getClass().getMethod("getStatus").invoke(result));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        } finally {
            felix.context().ungetService(ref);
        }
    }

    private static List<String> tags(Object value) {
        return value instanceof String[] arr ? Arrays.asList(arr) : List.of(String.valueOf(value));
    }

    private static List<Path> bundlesWithHealthCheckApi() throws Exception {
        List<Path> all = new ArrayList<>(TestBundles.all());
        try (Stream<Path> extra = Files.list(Path.of(System.getProperty("lede.felix.extra", "target/felix-extra")))) {
            extra.filter(p -> p.toString().endsWith(".jar")).forEach(all::add);
        }
        all.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
        return all;
    }
}
