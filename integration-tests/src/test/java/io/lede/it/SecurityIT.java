package io.lede.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lede.testing.ArchiveGenerator;
import io.lede.testing.Await;
import io.lede.testing.CapturedStderr;
import io.lede.testing.ElasticsearchServer;
import io.lede.testing.LedeCommand;
import io.lede.testing.LedeInFelix;
import io.lede.testing.PublishTier;
import io.lede.testing.SampleArticle;
import io.lede.testing.TestBundles;
import io.lede.testing.TestCertificates;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.management.ObjectName;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Elasticsearch with security on and TLS on HTTP: an API key, basic auth, a wrong password, an untrusted
 * certificate. (The security index that API keys live in needs {@code uax_url_email}, {@code pattern_capture} and
 * {@code unique}, which Lede's analysis plugin registers on the minimal test distribution.)
 */
class SecurityIT {
    private static final String USER = "lede-writer";
    private static final String PASSWORD = "Pa55-w0rd-for-tests-" + Long.toHexString(System.nanoTime());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(90);

    private static TestCertificates certs;
    private static ElasticsearchServer node;
    private static HttpClient trusting;
    private static PublishTier tier;

    @BeforeAll
    static void startSecuredNode() throws Exception {
        certs = TestCertificates.create(TestBundles.workDirectory("security").resolve("certs"));
        trusting = HttpClient.newBuilder().sslContext(certs.trustingCa()).connectTimeout(Duration.ofSeconds(2)).build();
        node = ElasticsearchServer.builder().nodeName("lede-secured")
                .setting("xpack.security.enabled", true)
                .setting("xpack.security.http.ssl.enabled", true)
                .setting("xpack.security.http.ssl.key", "certs/node.key")
                .setting("xpack.security.http.ssl.certificate", "certs/node.crt")
                .setting("xpack.security.http.ssl.certificate_authorities", "certs/ca.crt")
                .configFile("certs/node.key", Files.readAllBytes(certs.nodeKey()))
                .configFile("certs/node.crt", Files.readAllBytes(certs.nodeCertificate()))
                .configFile("certs/ca.crt", Files.readAllBytes(certs.caCertificate()))
                .configFile("users", (USER + ":" + PASSWORD + "\n").getBytes(StandardCharsets.UTF_8))
                .configFile("users_roles", ("superuser:" + USER + "\n").getBytes(StandardCharsets.UTF_8))
                .httpClient(trusting).authorization(basic(USER, PASSWORD))
                .start();
        tier = PublishTier.start();
    }

    @AfterAll
    static void stop() {
        if (tier != null) {
            tier.close();
        }
        if (node != null) {
            node.close();
        }
    }

    @Test
    void indexesOverTlsWithBasicAuthAndNeverLogsThePassword() throws Exception {
        String alias = "lede-it-basic";
        try (CapturedStderr log = new CapturedStderr();
             LedeInFelix lede = start("basic", alias, Map.of("elasticsearch.username", USER,
                     "elasticsearch.password", PASSWORD, "elasticsearch.caCertificate", certs.caCertificate().toString()))) {
            lede.publishInline("secure-2", SampleArticle.load("en-kremlin-talks"), "2026-11-28T08:00:00Z");
            Await.until(WAIT, "the article indexed with basic auth", () -> found(alias, "secure-2"));
            assertFalse(log.text().contains(PASSWORD), "the password never appears in the log");
            assertTrue(log.text().contains("basic(" + USER + ")"), "the log names the user, not the secret");
        }
    }

    @Test
    void indexesOverTlsWithAnApiKeyAndNeverLogsIt() throws Exception {
        JsonNode created = call("POST", "/_security/api_key", Map.of("name", "lede-it"), basic(USER, PASSWORD));
        String apiKey = created.path("encoded").asText();
        assertFalse(apiKey.isEmpty(), "an API key was created: " + created);
        String alias = "lede-it-apikey";
        try (CapturedStderr log = new CapturedStderr();
             LedeInFelix lede = start("apikey", alias, Map.of("elasticsearch.apiKey", apiKey,
                     "elasticsearch.caCertificate", certs.caCertificate().toString()))) {
            lede.publishInline("secure-1", SampleArticle.load("fr-kremlin-talks"), "2026-11-28T08:00:00Z");
            Await.until(WAIT, "the article indexed with the API key", () -> found(alias, "secure-1"));
            assertFalse(log.text().contains(apiKey), "the API key never appears in the log");
            assertFalse(log.text().contains(created.path("api_key").asText()), "nor its secret part");
            assertTrue(log.text().contains("auth=api-key"), "the log says how it authenticates");
        }
    }

    @Test
    void aWrongPasswordIsReportedClearlyAndTheWorkStaysQueued() throws Exception {
        String wrong = "not-the-" + PASSWORD;
        String alias = "lede-it-wrongpass";
        try (CapturedStderr log = new CapturedStderr();
             LedeInFelix lede = start("wrongpass", alias, Map.of("elasticsearch.username", USER,
                     "elasticsearch.password", wrong, "elasticsearch.caCertificate", certs.caCertificate().toString()))) {
            lede.publishInline("secure-3", SampleArticle.load("de-kremlin-talks"), "2026-11-28T08:00:00Z");
            ObjectName status = new ObjectName("io.lede:type=Pipeline,alias=" + ObjectName.quote(alias));
            Await.until(WAIT, "an authentication error in the log", () -> log.text().contains("unable to authenticate"));
            assertEquals(1, ManagementFactory.getPlatformMBeanServer().getAttribute(status, "QueuedIntents"));
            assertFalse(log.text().contains(wrong), "the wrong password is not logged either");
            assertFalse(found(alias, "secure-3"));
        }
    }

    @Test
    void anUntrustedCertificateIsReportedClearlyAndTheWorkStaysQueued() throws Exception {
        String alias = "lede-it-untrusted";
        try (CapturedStderr log = new CapturedStderr();
             LedeInFelix lede = start("untrusted", alias, Map.of("elasticsearch.username", USER,
                     "elasticsearch.password", PASSWORD))) {
            lede.publishInline("secure-4", SampleArticle.load("it-ecb-rates"), "2026-11-28T08:00:00Z");
            ObjectName status = new ObjectName("io.lede:type=Pipeline,alias=" + ObjectName.quote(alias));
            Await.until(WAIT, "a certificate error in the log", () -> log.text().contains("PKIX")
                    || log.text().contains("certificate"));
            assertEquals(1, ManagementFactory.getPlatformMBeanServer().getAttribute(status, "QueuedIntents"));
            assertFalse(log.text().contains(PASSWORD));
        }
    }

    @Test
    void theCommandLineBackfillTrustsTheCaFileAndTakesTheApiKeyFromTheEnvironment() throws Exception {
        JsonNode created = call("POST", "/_security/api_key", Map.of("name", "lede-cli-it"), basic(USER, PASSWORD));
        String apiKey = created.path("encoded").asText();
        String alias = "lede-it-cli-apikey";
        Path work = TestBundles.workDirectory("security-cli-apikey");
        new ArchiveGenerator().writeJsonLines(work.resolve("archive.jsonl"), 0, 12);
        Process cli = LedeCommand.start(Map.of("LEDE_ES_API_KEY", apiKey), work.resolve("out.json"),
                work.resolve("err.txt"), "backfill", "--elasticsearch", node.httpUrl(), "--alias", alias,
                "--replicas", "0", "--jsonl", work.resolve("archive.jsonl").toString(),
                "--state", work.resolve("state").toString(), "--threads", "2",
                "--ca-cert", certs.caCertificate().toString());
        assertTrue(cli.waitFor(300, TimeUnit.SECONDS), "lede backfill ends");
        String output = Files.readString(work.resolve("out.json")) + Files.readString(work.resolve("err.txt"));
        assertEquals(0, cli.exitValue(), output);
        assertEquals(12, count(alias), output);
        assertFalse(output.contains(apiKey), "the API key never appears in the output");
        assertFalse(output.contains(created.path("api_key").asText()), "nor its secret part");
    }

    @Test
    void theCommandLineBackfillPinsTheCertificateAndTakesThePasswordFromTheEnvironment() throws Exception {
        String alias = "lede-it-cli-basic";
        Path work = TestBundles.workDirectory("security-cli-basic");
        new ArchiveGenerator().writeJsonLines(work.resolve("archive.jsonl"), 0, 8);
        String[] args = {"backfill", "--elasticsearch", node.httpUrl(), "--alias", alias, "--replicas", "0",
                "--jsonl", work.resolve("archive.jsonl").toString(), "--state", work.resolve("state").toString(),
                "--threads", "2", "--user", USER, "--ca-fingerprint", sha256(certs.nodeCertificate())};
        Process cli = LedeCommand.start(Map.of("LEDE_ES_PASSWORD", PASSWORD), work.resolve("out.json"),
                work.resolve("err.txt"), args);
        assertTrue(cli.waitFor(300, TimeUnit.SECONDS), "lede backfill ends");
        String output = Files.readString(work.resolve("out.json")) + Files.readString(work.resolve("err.txt"));
        assertEquals(0, cli.exitValue(), output);
        assertEquals(8, count(alias), output);
        assertFalse(output.contains(PASSWORD), "the password never appears in the output");

        Process untrusted = LedeCommand.start(Map.of("LEDE_ES_PASSWORD", PASSWORD), work.resolve("out-2.json"),
                work.resolve("err-2.txt"), java.util.Arrays.copyOf(args, args.length - 2));
        assertTrue(untrusted.waitFor(300, TimeUnit.SECONDS), "lede backfill ends");
        String refused = Files.readString(work.resolve("err-2.txt"));
        assertTrue(untrusted.exitValue() != 0, "no trust for the cluster's certificate: " + refused);
        assertTrue(refused.contains("PKIX") || refused.contains("certificate"), refused);
        assertFalse(refused.contains(PASSWORD));
    }

    private static long count(String alias) {
        call("POST", "/" + alias + "/_refresh", null, basic(USER, PASSWORD));
        return call("GET", "/" + alias + "/_count", null, basic(USER, PASSWORD)).path("count").asLong();
    }

    private static String sha256(Path pem) throws Exception {
        try (java.io.InputStream in = Files.newInputStream(pem)) {
            java.security.cert.Certificate cert = java.security.cert.CertificateFactory.getInstance("X.509")
                    .generateCertificate(in);
            return java.util.HexFormat.ofDelimiter(":").withUpperCase()
                    .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(cert.getEncoded()));
        }
    }

    private static LedeInFelix start(String name, String alias, Map<String, Object> props) throws Exception {
        Map<String, Object> all = new HashMap<>(props);
        all.put("elasticsearch.hosts", new String[] {node.httpUrl()});
        return LedeInFelix.start(TestBundles.workDirectory("security-" + name), node.httpUrl(), tier.baseUrl(), alias,
                all, List.of());
    }

    private static boolean found(String alias, String id) {
        try {
            return call("GET", "/" + alias + "/_doc/" + id, null, basic(USER, PASSWORD)).path("found").asBoolean();
        } catch (IllegalStateException e) {
            return false;
        }
    }

    private static JsonNode call(String method, String path, Object body, String authorization) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(node.httpUrl() + path))
                    .header("Authorization", authorization).header("Content-Type", "application/json")
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)))
                    .timeout(Duration.ofSeconds(30)).build();
            HttpResponse<String> response = trusting.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(method + " " + path + " -> " + response.statusCode() + ": "
                        + response.body());
            }
            return JSON.readTree(response.body());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
