package io.lede.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A node that cannot start must fail fast with the reason from its log, not hang until the deadline. */
class ElasticsearchServerStartupFailureIT {

    @Test
    void invalidSettingFailsStartWithLogTail() {
        try (ElasticsearchServer server = ElasticsearchServer.builder()
                .nodeName("lede-broken")
                .setting("lede.no.such.setting", "x")
                .build()) {
            IllegalStateException failure = assertThrows(IllegalStateException.class, server::start);

            assertTrue(failure.getMessage().contains("exited during startup"), failure.getMessage());
            assertTrue(failure.getMessage().contains("unknown setting [lede.no.such.setting]"), failure.getMessage());
            assertFalse(server.isRunning());
        }
    }
}
