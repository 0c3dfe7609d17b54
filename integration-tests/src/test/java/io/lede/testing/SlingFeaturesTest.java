package io.lede.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The two feature files SlingInstance launches: what the trimmed starter dropped and what Lede's feature adds. */
class SlingFeaturesTest {

    private static JsonNode feature(String name) throws IOException {
        try (InputStream in = SlingFeaturesTest.class.getResourceAsStream(SlingInstance.FEATURES + name)) {
            return EsHttp.json().readTree(in);
        }
    }

    private static List<String> bundleIds(JsonNode feature) {
        List<String> ids = new ArrayList<>();
        feature.path("bundles").forEach(b -> ids.add(b.isTextual() ? b.asText() : b.path("id").asText()));
        return ids;
    }

    @Test
    void trimmedStarterHasNoUnservedArtifactsNorTheStartupFilter() throws IOException {
        JsonNode starter = feature(SlingInstance.STARTER_FEATURE);
        List<String> ids = bundleIds(starter);
        assertEquals(215, ids.size(), "the starter's 224 bundles minus the 9 dropped");
        for (String id : ids) {
            assertFalse(id.startsWith("com.composum.nodes:"), id);
            assertFalse(id.contains("healthcheck.generalchecks") || id.contains("sling.hc.support")
                    || id.contains("sling.starter.content") || id.contains("models.caconfig"), id);
        }
        starter.path("configurations").fieldNames().forEachRemaining(pid ->
                assertFalse(pid.contains("ServiceUnavailableFilter")
                        || pid.startsWith("org.apache.felix.hc.generalchecks"), pid));
        assertTrue(ids.contains("org.apache.sling:org.apache.sling.servlets.post:2.5.0"));
    }

    @Test
    void ledeFeatureAddsDistributionLedeAndTheirConfiguration() throws IOException {
        JsonNode lede = feature(SlingInstance.LEDE_FEATURE);
        List<String> ids = bundleIds(lede);
        assertTrue(ids.contains("org.apache.sling:org.apache.sling.distribution.api:0.5.0"), ids.toString());
        assertTrue(ids.contains("org.apache.sling:org.apache.sling.distribution.core:0.4.8"), ids.toString());
        String ledeBundle = ids.stream().filter(id -> id.startsWith("io.lede:lede-bundle:")).findFirst().orElseThrow();
        String version = ledeBundle.substring("io.lede:lede-bundle:".length());
        assertEquals("io/lede/lede-bundle/" + version + "/lede-bundle-" + version + ".jar",
                SlingInstance.LEDE_BUNDLE_REPO_PATH,
                "SlingInstance copies the built bundle where the feature expects it");

        JsonNode configs = lede.path("configurations");
        JsonNode agent = configs.path("org.apache.sling.distribution.agent.impl.ForwardDistributionAgentFactory~lede");
        assertEquals(SlingInstance.AGENT, agent.path("name").asText());
        assertEquals("simple", agent.path("queue.provider").asText());
        assertEquals(SlingInstance.CONTENT_ROOT,
                configs.path("io.lede.hooks.distribution").path("contentRoots").path(0).asText());
        assertEquals("${lede.sling.url}", configs.path("io.lede.pipeline").path("publish.baseUrl").asText());
        String mapping = configs
                .path("org.apache.sling.serviceusermapping.impl.ServiceUserMapperImpl.amended~lede-distribution")
                .path("user.mapping").path(0).asText();
        assertEquals("org.apache.sling.distribution.core:" + agent.path("serviceName").asText()
                + "=[lede-distribution-agent]", mapping);
        StringBuilder repoinit = new StringBuilder();
        lede.path("repoinit:TEXT|true").forEach(line -> repoinit.append(line.asText()).append('\n'));
        assertTrue(repoinit.toString().contains("create service user lede-distribution-agent"), repoinit.toString());
        assertFalse(repoinit.toString().contains("${"), "the launcher does not apply variables to repoinit");
    }
}
