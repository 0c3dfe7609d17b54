package io.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lede.index.ElasticsearchSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClusterAccessTest {
    private static final String FINGERPRINT = "AB:".repeat(31) + "AB";

    @Test
    void anApiKeyComesFromTheEnvironmentAndIsNeverShown(@TempDir Path dir) throws Exception {
        Path ca = Files.writeString(dir.resolve("ca.crt"), "-----BEGIN CERTIFICATE-----");
        BackfillOptions o = BackfillOptions.parse(new String[] {"--elasticsearch", "https://es1:9200, https://es2:9200",
                "--jsonl", "x.jsonl", "--ca-cert", ca.toString(), "--no-hostname-check"});
        assertNull(o.error());
        ElasticsearchSettings s = o.access.settings(o.elasticsearch, Map.of(ClusterAccess.API_KEY_ENV, "c2VjcmV0OmtleQ=="));
        assertEquals(List.of("https://es1:9200", "https://es2:9200"), s.hosts());
        assertEquals("c2VjcmV0OmtleQ==", s.apiKey());
        assertEquals(ca.toString(), s.caCertificatePath());
        assertFalse(s.verifyHostname());
        assertFalse(s.toString().contains("c2VjcmV0OmtleQ=="), s.toString());
        assertTrue(s.toString().contains("auth=api-key"), s.toString());
    }

    @Test
    void basicAuthTakesThePasswordFromTheEnvironmentAndAFingerprintPinsTheCertificate() {
        BackfillOptions o = BackfillOptions.parse(new String[] {"--elasticsearch", "https://es:9200", "--dir", "d",
                "--user", "writer", "--ca-fingerprint", FINGERPRINT});
        assertNull(o.error());
        ElasticsearchSettings s = o.access.settings(o.elasticsearch, Map.of(ClusterAccess.PASSWORD_ENV, "pw"));
        assertEquals("writer", s.username());
        assertEquals("pw", s.password());
        assertEquals("", s.apiKey());
        assertEquals(FINGERPRINT, s.fingerprint());
        assertTrue(s.verifyHostname());
        ElasticsearchSettings plain = BackfillOptions.parse(new String[] {"--elasticsearch", "http://es:9200", "--dir",
                "d"}).access.settings("http://es:9200", Map.of());
        assertEquals(ElasticsearchSettings.of("http://es:9200"), plain);
    }

    @Test
    void badTlsOptionsAreNamed() {
        assertEquals("--ca-cert /no/such/ca.crt is not a readable file", BackfillOptions.parse(new String[] {
                "--elasticsearch", "https://es:9200", "--dir", "d", "--ca-cert", "/no/such/ca.crt"}).error());
        assertTrue(BackfillOptions.parse(new String[] {"--elasticsearch", "https://es:9200", "--dir", "d",
                "--ca-fingerprint", "abc"}).error().startsWith("--ca-fingerprint must be"));
        assertEquals("unknown option --api-key", BackfillOptions.parse(new String[] {"--elasticsearch",
                "https://es:9200", "--dir", "d", "--api-key", "secret"}).error(), "no API key on the command line");
    }

    @Test
    void theReindexCommandReadsTheSameOptions() {
        ReindexCommand.Options o = ReindexCommand.parse(new String[] {"--elasticsearch", "https://es:9200",
                "--ca-fingerprint", FINGERPRINT, "--user", "admin", "--copy"});
        ElasticsearchSettings s = o.access().settings(o.elasticsearch(), Map.of(ClusterAccess.PASSWORD_ENV, "pw"));
        assertEquals("admin", s.username());
        assertEquals(FINGERPRINT, s.fingerprint());
    }
}
