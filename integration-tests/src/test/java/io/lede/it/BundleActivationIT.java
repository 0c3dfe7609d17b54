package io.lede.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lede.testing.Await;
import io.lede.testing.FelixRuntime;
import io.lede.testing.TestBundles;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;

/** The bundle resolves and starts in a bare Felix, with and without an HTTP whiteboard. */
class BundleActivationIT {
    private static final List<String> CORE = List.of("io.lede.osgi.ArticleEventHook", "io.lede.osgi.DistributionHook",
            "io.lede.osgi.PipelineComponent", "io.lede.osgi.ReplicationHook");

    @Test
    void everyBundleIsActiveAndEveryComponentSatisfied() throws Exception {
        try (FelixRuntime felix = FelixRuntime.start(TestBundles.workDirectory("activation-felix"),
                TestBundles.all(), Map.of())) {
            assertAllActive(felix);
            Bundle lede = felix.bundle("io.lede.bundle");
            List<String> names = awaitAllSatisfied(felix, lede);
            assertTrue(names.containsAll(CORE), "core components present: " + names);
            assertTrue(names.contains("io.lede.osgi.http.LedeHttpContext"), "HTTP context present: " + names);
            String exports = lede.getHeaders().get("Export-Package");
            assertTrue(exports.startsWith("io.lede.api;"), "only Lede's API is exported: " + exports);
            assertEquals(1, exports.split(",(?=[a-z])").length, "only one exported package: " + exports);
        }
    }

    @Test
    void withoutAnHttpServiceTheBundleStillResolvesAndPublishes() throws Exception {
        List<Path> noHttp = TestBundles.all().stream()
                .filter(p -> !p.getFileName().toString().contains("-http-")).toList();
        try (FelixRuntime felix = FelixRuntime.start(TestBundles.workDirectory("activation-felix-nohttp"),
                noHttp, Map.of())) {
            assertAllActive(felix);
            awaitAllSatisfied(felix, felix.bundle("io.lede.bundle"));
        }
    }

    private static void assertAllActive(FelixRuntime felix) {
        for (Bundle b : felix.bundles()) {
            assertEquals(Bundle.ACTIVE, b.getState(), b.getSymbolicName() + " is not active");
        }
    }

    /**
     * @return the names of Lede's components that need no configuration (a backfill job exists only once
     *         configured), once every one of them is satisfied or active
     */
    private static List<String> awaitAllSatisfied(FelixRuntime felix, Bundle lede) {
        ServiceComponentRuntime scr = felix.service(ServiceComponentRuntime.class);
        List<String> names = scr.getComponentDescriptionDTOs(lede).stream()
                .filter(d -> !"require".equals(d.configurationPolicy)).map(d -> d.name).sorted().toList();
        Await.until(Duration.ofSeconds(60), "all of Lede's components " + names + " to be satisfied", () ->
                scr.getComponentDescriptionDTOs(lede).stream()
                        .filter(d -> !"require".equals(d.configurationPolicy))
                        .flatMap(d -> scr.getComponentConfigurationDTOs(d).stream())
                        .filter(c -> c.state == ComponentConfigurationDTO.ACTIVE
                                || c.state == ComponentConfigurationDTO.SATISFIED).count() == names.size());
        return names;
    }
}
