package io.lede.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A large synthetic index made from the enriched fixture documents: each generated document is a fixture
 * article's indexed document with a new id, a date somewhere in the two years before the corpus, and its entities
 * mixed with one or two entities of another article (so entity combinations vary). Indexed with {@code _bulk}.
 */
public final class SyntheticCorpus {
    private static final Instant END = Instant.parse("2026-11-28T00:00:00Z");
    private static final Map<String, String> TYPE_FIELDS = Map.of("person", "personIds", "organization",
            "organizationIds", "location", "locationIds");

    private final ObjectMapper json = new ObjectMapper();
    private final List<JsonNode> sources;
    private final Random random;

    /** @param sources the {@code _source} of indexed, enriched articles */
    public SyntheticCorpus(List<JsonNode> sources, long seed) {
        this.sources = List.copyOf(sources);
        this.random = new Random(seed);
    }

    public ObjectNode document(int n) {
        JsonNode base = sources.get(n % sources.size());
        ObjectNode doc = base.deepCopy();
        doc.put("id", base.path("id").asText() + "-syn-" + n);
        Instant published = END.minus(random.nextInt(730 * 24 * 60), ChronoUnit.MINUTES);
        doc.put("published", published.toString());
        doc.put("modified", published.toString());
        Map<String, JsonNode> entities = new LinkedHashMap<>();
        base.path("entities").forEach(e -> entities.put(e.path("id").asText(), e));
        int borrowed = 1 + random.nextInt(2);
        for (int i = 0; i < borrowed; i++) {
            JsonNode other = sources.get(random.nextInt(sources.size())).path("entities");
            if (other.size() > 0) {
                JsonNode e = other.get(random.nextInt(other.size()));
                entities.putIfAbsent(e.path("id").asText(), e);
            }
        }
        ArrayNode list = doc.putArray("entities");
        Map<String, ArrayNode> byType = new LinkedHashMap<>();
        TYPE_FIELDS.values().forEach(f -> byType.put(f, doc.putArray(f)));
        ArrayNode all = doc.putArray("entityIds");
        entities.values().forEach(e -> {
            list.add(e);
            all.add(e.path("id").asText());
            String field = TYPE_FIELDS.get(e.path("type").asText());
            if (field != null) {
                byType.get(field).add(e.path("id").asText());
            }
        });
        return doc;
    }

    /** Bulk-indexes documents {@code 0..count-1} into {@code index} (an alias with one write index is fine). */
    public void index(String elasticsearchUrl, String index, int count) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        int batch = 1000;
        for (int start = 0; start < count; start += batch) {
            StringBuilder ndjson = new StringBuilder();
            for (int n = start; n < Math.min(count, start + batch); n++) {
                ObjectNode doc = document(n);
                ObjectNode action = json.createObjectNode();
                action.putObject("index").put("_index", index).put("_id", doc.path("id").asText());
                ndjson.append(json.writeValueAsString(action)).append('\n')
                        .append(json.writeValueAsString(doc)).append('\n');
            }
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(elasticsearchUrl + "/_bulk"))
                    .header("Content-Type", "application/x-ndjson")
                    .POST(HttpRequest.BodyPublishers.ofString(ndjson.toString())).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode answer = json.readTree(response.body());
            if (response.statusCode() != 200 || answer.path("errors").asBoolean()) {
                throw new IllegalStateException("bulk failed: " + response.body().substring(0,
                        Math.min(2000, response.body().length())));
            }
        }
        http.send(HttpRequest.newBuilder(URI.create(elasticsearchUrl + "/" + index + "/_refresh"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
    }

    /** The {@code _source}s of a search response. */
    public static List<JsonNode> sourcesOf(JsonNode searchResponse) {
        List<JsonNode> out = new ArrayList<>();
        searchResponse.path("hits").path("hits").forEach(h -> out.add(h.path("_source")));
        return out;
    }
}
