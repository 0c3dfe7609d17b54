package io.lede.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lede.testing.Await;
import io.lede.testing.FelixRuntime;
import io.lede.testing.TestBundles;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;

/** The bundle resolves and starts in a bare Felix with only SCR, EventAdmin and ConfigAdmin. */
class BundleActivationIT {

    @Test
    void everyBundleIsActiveAndEveryComponentSatisfied() throws Exception {
        try (FelixRuntime felix = FelixRuntime.start(TestBundles.workDirectory("activation-felix"),
                TestBundles.all(), Map.of())) {
            for (Bundle b : felix.bundles()) {
                assertEquals(Bundle.ACTIVE, b.getState(), b.getSymbolicName() + " is not active");
            }
            Bundle lede = felix.bundle("io.lede.bundle");
            ServiceComponentRuntime scr = felix.service(ServiceComponentRuntime.class);
            Await.until(Duration.ofSeconds(30), "Lede's four components to be satisfied", () ->
                    scr.getComponentDescriptionDTOs(lede).stream()
                            .flatMap(d -> scr.getComponentConfigurationDTOs(d).stream())
                            .filter(c -> c.state == ComponentConfigurationDTO.ACTIVE
                                    || c.state == ComponentConfigurationDTO.SATISFIED).count() == 4);
            List<String> names = scr.getComponentDescriptionDTOs(lede).stream().map(d -> d.name).sorted().toList();
            assertEquals(List.of("io.lede.osgi.ArticleEventHook", "io.lede.osgi.DistributionHook",
                    "io.lede.osgi.PipelineComponent", "io.lede.osgi.ReplicationHook"), names);
            String exports = lede.getHeaders().get("Export-Package");
            assertTrue(exports.startsWith("io.lede.api;"), "only Lede's API is exported: " + exports);
            assertEquals(1, exports.split(",(?=[a-z])").length, "only one exported package: " + exports);
        }
    }
}
