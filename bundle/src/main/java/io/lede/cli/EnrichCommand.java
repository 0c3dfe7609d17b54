package io.lede.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lede.api.Article;
import io.lede.enrich.Enricher;
import io.lede.enrich.EnrichmentFactory;
import io.lede.enrich.EnrichmentFactory.EnrichmentSettings;
import io.lede.enrich.EnrichmentJson;
import io.lede.parse.ParsedDocument;
import io.lede.parse.TikaParsing;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code lede enrich}: runs the bundle's enrichment pipeline on JSON Lines or files. */
final class EnrichCommand {
    private final PrintStream out;
    private final InputStream in;
    private final ObjectMapper mapper = new ObjectMapper();

    EnrichCommand(PrintStream out, InputStream in) {
        this.out = out;
        this.in = in;
    }

    int run(String[] args) throws IOException {
        boolean jsonl = false;
        List<Path> files = new ArrayList<>();
        for (String a : args) {
            if (a.equals("--jsonl")) {
                jsonl = true;
            } else if (a.startsWith("--")) {
                System.err.println("lede enrich: unknown option " + a);
                return 2;
            } else {
                files.add(Path.of(a));
            }
        }
        if (jsonl == !files.isEmpty()) {
            System.err.println("lede enrich: give either --jsonl or one or more files");
            return 2;
        }
        Enricher enricher = EnrichmentFactory.create(EnrichmentSettings.defaults());
        EnrichmentJson json = new EnrichmentJson(mapper);
        return jsonl ? jsonLines(enricher, json) : files(enricher, json, files);
    }

    private int jsonLines(Enricher enricher, EnrichmentJson json) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        int lineNo = 0;
        int failures = 0;
        for (String line; (line = reader.readLine()) != null; ) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            String id = "line-" + lineNo;
            ObjectNode result;
            try {
                JsonNode doc = mapper.readTree(line);
                id = doc.path("id").asText(id);
                result = json.toJson(enricher.enrich(JsonArticles.fromJson(id, doc)));
            } catch (IOException | RuntimeException e) {
                failures++;
                System.err.println("lede enrich: line " + lineNo + " (" + id + "): " + e);
                result = mapper.createObjectNode().put("id", id).put("error", String.valueOf(e.getMessage()));
                result.putArray("entities");
                result.putArray("topics");
            }
            out.println(mapper.writeValueAsString(result));
        }
        out.flush();
        if (failures > 0) {
            System.err.println("lede enrich: " + failures + " of " + lineNo + " lines failed");
        }
        return 0;
    }

    private int files(Enricher enricher, EnrichmentJson json, List<Path> files) {
        TikaParsing tika = TikaParsing.withDefaults();
        ObjectMapper pretty = mapper.copy().enable(SerializationFeature.INDENT_OUTPUT);
        int failures = 0;
        for (Path file : files) {
            try {
                ParsedDocument parsed = tika.parse(Files.readAllBytes(file), null, file.getFileName().toString());
                Article article = parsed.toArticle(file.toString(), file.toString(), "");
                ObjectNode result = json.toJson(enricher.enrich(article));
                result.put("title", article.title());
                result.put("contentType", parsed.contentType());
                result.put("characters", article.text().length());
                out.println(pretty.writeValueAsString(result));
            } catch (Exception e) {
                failures++;
                System.err.println("lede enrich: " + file + ": " + e.getMessage());
            }
        }
        out.flush();
        return failures == 0 ? 0 : 1;
    }
}
