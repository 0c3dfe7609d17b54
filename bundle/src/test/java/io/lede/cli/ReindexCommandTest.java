package io.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.lede.index.ReindexMode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReindexCommandTest {
    @Test
    void optionsAreReadWithDefaults() {
        ReindexCommand.Options o = ReindexCommand.parse(new String[] {"--elasticsearch", "http://es:9200",
                "--alias", "news", "--only-older", "--grace-seconds", "0", "--languages", "fr, en"});
        assertEquals("http://es:9200", o.elasticsearch());
        assertEquals("news", o.alias());
        assertEquals(ReindexMode.REENRICH_OLDER, o.mode());
        assertEquals(0, o.graceSeconds());
        assertEquals(5, o.settleSeconds());
        assertEquals(List.of("fr", "en"), o.languages());
        assertEquals(ReindexMode.REENRICH_ALL, ReindexCommand.parse(new String[0]).mode());
        assertEquals(ReindexMode.COPY, ReindexCommand.parse(new String[] {"--copy"}).mode());
    }

    @Test
    void badOptionsAreNamed() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> ReindexCommand.parse(new String[] {"--fast"}));
        assertEquals("unknown option --fast", unknown.getMessage());
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
                () -> ReindexCommand.parse(new String[] {"--grace-seconds", "-3"}));
        assertEquals("--grace-seconds needs a whole number >= 0, got '-3'", negative.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ReindexCommand.parse(new String[] {"--alias"}));
    }

    @Test
    void aBadCommandLineExitsWithTwo() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(2, new ReindexCommand(new PrintStream(out)).run(new String[] {"--nope"}));
        assertEquals(0, out.size(), "nothing on stdout");
    }
}
