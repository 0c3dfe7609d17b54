package io.lede.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DemoOptionsTest {
    @Test
    void defaultsRunUntilStoppedWithAPrivateNode() {
        DemoOptions o = DemoOptions.parse();
        assertFalse(o.once());
        assertEquals(Optional.empty(), o.elasticsearch());
        assertEquals("lede-demo", o.alias());
        assertEquals(Duration.ofSeconds(120), o.timeout());
    }

    @Test
    void optionsAreRead() {
        DemoOptions o = DemoOptions.parse("--once", "--elasticsearch", "http://localhost:9200/", "--alias", "x",
                "--timeout", "30");
        assertTrue(o.once());
        assertEquals(Optional.of("http://localhost:9200"), o.elasticsearch());
        assertEquals("x", o.alias());
        assertEquals(Duration.ofSeconds(30), o.timeout());
    }

    @Test
    void helpAndMistakes() {
        assertNull(DemoOptions.parse("--help"));
        assertThrows(DemoOptions.UsageException.class, () -> DemoOptions.parse("--elasticsearch"));
        assertThrows(DemoOptions.UsageException.class, () -> DemoOptions.parse("--timeout", "soon"));
        assertThrows(DemoOptions.UsageException.class, () -> DemoOptions.parse("--bogus"));
    }
}
