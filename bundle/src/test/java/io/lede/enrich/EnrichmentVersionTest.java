package io.lede.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lede.enrich.EnrichmentFactory.EnrichmentSettings;
import io.lede.topics.TopicSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnrichmentVersionTest {
    @Test
    void theSameInputsGiveTheSameVersionStartingWithTheCodeVersion() {
        String v = EnrichmentVersion.of(EnrichmentSettings.defaults());
        assertEquals(v, EnrichmentVersion.of(EnrichmentSettings.defaults()));
        assertTrue(v.matches(Enricher.VERSION + "-[0-9a-f]{10}"), v);
    }

    @Test
    void everyShippedModelIsThere() {
        for (String resource : EnrichmentVersion.SHIPPED_DATA) {
            assertNotNull(EnrichmentVersion.class.getResource(resource), resource);
        }
    }

    @Test
    void settingsAndNewsroomFilesChangeTheVersion(@TempDir Path dir) throws Exception {
        String base = EnrichmentVersion.of(EnrichmentSettings.defaults());
        assertNotEquals(base, EnrichmentVersion.of(new EnrichmentSettings(List.of("fr", "en"), "en", 3.0)));
        Path rules = dir.resolve("rules.json");
        Files.writeString(rules, "{\"rules\": []}");
        EnrichmentSettings withRules = new EnrichmentSettings(EnrichmentSettings.DEFAULT_LANGUAGES, "en", 3.0, 0.0,
                new TopicSettings(rules.toString(), TopicSettings.DEFAULT_MIN_SCORE, TopicSettings.DEFAULT_MAX_TOPICS,
                        TopicSettings.DEFAULT_FALLBACK_TOPIC), "");
        String first = EnrichmentVersion.of(withRules);
        assertNotEquals(base, first);
        Files.writeString(rules, "{\"rules\": [{\"section\": \"Sport\", \"topic\": \"medtop:15000000\"}]}");
        assertNotEquals(first, EnrichmentVersion.of(withRules), "edited rules give a new version");
    }
}
