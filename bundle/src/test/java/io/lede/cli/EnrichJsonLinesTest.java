package io.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EnrichJsonLinesTest {
    private static final String[] TEXTS = {
        "Le gouvernement a présenté mardi son projet de loi sur les retraites devant les députés.",
        "The government presented its pension reform bill to members of parliament on Tuesday.",
        "Die Regierung hat am Dienstag ihren Gesetzentwurf zur Rentenreform im Parlament vorgestellt.",
        "El Gobierno presentó el martes su proyecto de ley de reforma de las pensiones en el Parlamento.",
        "Il governo ha presentato martedì il suo disegno di legge sulla riforma delle pensioni in Parlamento."};

    @Test
    void everyInputLineGetsOneOutputLineWithTheContractsFields() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        StringBuilder input = new StringBuilder();
        int n = 300;
        for (int i = 0; i < n; i++) {
            input.append(mapper.writeValueAsString(mapper.createObjectNode().put("id", "doc-" + i)
                    .put("title", "Nouvelles " + i).put("text", TEXTS[i % TEXTS.length]))).append('\n');
        }
        input.append("{ this line is not json\n");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        int code = LedeCli.run(new String[] {"enrich", "--jsonl"}, out,
                new ByteArrayInputStream(input.toString().getBytes(StandardCharsets.UTF_8)));

        assertEquals(0, code);
        String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals(n + 1, lines.length, "one line per input line, the broken one included");
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < n; i++) {
            JsonNode o = mapper.readTree(lines[i]);
            ids.add(o.path("id").asText());
            assertTrue(o.path("language").isTextual());
            assertTrue(o.path("languageConfidence").isNumber());
            assertTrue(o.path("entities").isArray());
            assertTrue(o.path("topics").isArray());
        }
        assertEquals(n, ids.size());
        assertTrue(mapper.readTree(lines[n]).has("error"));
    }
}
