package io.lede.index;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ElasticsearchSettingsTest {
    @Test
    void secretsNeverAppearInItsDescription() {
        String basic = ElasticsearchSettings.of("https://es:9200").withBasicAuth("lede", "s3cr3t-pa55").toString();
        assertFalse(basic.contains("s3cr3t-pa55"));
        assertTrue(basic.contains("basic(lede)"));
        String key = ElasticsearchSettings.of("https://es:9200").withApiKey("QUJDRDEyMzQ=").toString();
        assertFalse(key.contains("QUJDRDEyMzQ="));
        assertTrue(key.contains("api-key"));
    }
}
