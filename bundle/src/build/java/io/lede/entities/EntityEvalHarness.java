package io.lede.entities;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lede.api.Article;
import io.lede.api.Entity;
import io.lede.api.Mention;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Development harness for score.py: runs only the entity extractor with a language given on the command
 * line (the evaluation sets carry one language each), reading and writing JSON lines like "lede enrich --jsonl".
 */
public final class EntityEvalHarness {
    private EntityEvalHarness() {
    }

    public static void main(String[] args) throws IOException {
        String language = args.length > 0 ? args[0] : "en";
        ObjectMapper mapper = new ObjectMapper();
        KnowledgeBaseEntityExtractor extractor = new KnowledgeBaseEntityExtractor(NewsroomExtension.NONE);
        extractor.load().join();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long nanos = 0;
        long chars = 0;
        for (String line; (line = in.readLine()) != null; ) {
            JsonNode doc = mapper.readTree(line);
            Article article = Article.ofText(doc.path("id").asText(), doc.path("title").asText(""),
                    doc.path("text").asText(""));
            long t0 = cpu.getCurrentThreadCpuTime();
            var entities = extractor.extract(article, language);
            nanos += cpu.getCurrentThreadCpuTime() - t0;
            chars += article.text().length();
            ObjectNode o = mapper.createObjectNode();
            o.put("id", article.id());
            o.put("language", language);
            ArrayNode list = o.putArray("entities");
            for (Entity e : entities) {
                ObjectNode en = list.addObject();
                en.put("id", e.id());
                en.put("type", e.type().key());
                en.put("name", e.name());
                ArrayNode ms = en.putArray("mentions");
                for (Mention m : e.mentions()) {
                    ms.addObject().put("field", m.field()).put("start", m.start()).put("end", m.end())
                            .put("text", m.text());
                }
            }
            out.println(mapper.writeValueAsString(o));
        }
        out.flush();
        System.err.printf("entity extraction: %.3f ms CPU per 5 KB of text%n", nanos / 1e6 / Math.max(1, chars / 5000.0));
    }
}
