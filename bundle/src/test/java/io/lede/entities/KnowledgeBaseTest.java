package io.lede.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lede.api.EntityType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KnowledgeBaseTest {
    private static final KbEntry MOSCOW = new KbEntry("Q649", EntityType.LOCATION, 2, "Moscow",
            Map.of("fr", "Moscou", "de", "Moskau"), List.of("Moscow", "Moscou", "Moskau", "Moscú", "Mosca"));
    private static final KbEntry MOSCOW_IDAHO = new KbEntry("Q499401", EntityType.LOCATION, 5, "Moscow",
            Map.of(), List.of("Moscow"));

    @Test
    void writesAndReadsBackTheSameEntries() throws IOException {
        StringWriter out = new StringWriter();
        KnowledgeBase.write(MOSCOW, out);
        KnowledgeBase kb = KnowledgeBase.read(new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of(MOSCOW), kb.entries());
    }

    @Test
    void looksUpAnyAliasInAnyLanguageMostProminentFirst() {
        KnowledgeBase kb = new KnowledgeBase();
        kb.add(MOSCOW_IDAHO);
        kb.add(MOSCOW);
        assertEquals(List.of(MOSCOW, MOSCOW_IDAHO), kb.lookup("MOSCOW"));
        assertEquals(List.of(MOSCOW), kb.lookup("moscu"));
        assertTrue(kb.lookup("Moscow City").isEmpty());
        kb.remove(MOSCOW);
        assertEquals(List.of(MOSCOW_IDAHO), kb.lookup("Moscow"));
    }
}
