package io.lede.load;

import com.fasterxml.jackson.databind.JsonNode;
import io.lede.testing.FixtureArticle;
import io.lede.testing.HttpClientJson;
import io.lede.testing.SearchCorpus;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Latency of {@code /lede/api/search} and {@code /lede/api/related} (p50/p95 over HTTP, one client, sequential),
 * first on the fixture corpus, then with a synthetic index of {@code --synthetic N} more documents. Not a test:
 * run it with {@code benchmarks/search-latency.sh}; the figures go to docs/PERFORMANCE.md.
 */
public final class SearchLatencyBenchmark {
    private static final List<Map<String, List<String>>> SEARCHES = List.of(
            Map.of(),
            Map.of("q", List.of("Putin Zelenskyy")),
            Map.of("q", List.of("taux d'intérêt"), "ui", List.of("fr")),
            Map.of("q", List.of("Europäische Zentralbank"), "language", List.of("de")),
            Map.of("q", List.of("exposición"), "sort", List.of("date")),
            Map.of("q", List.of("Biennale"), "topic", List.of("medtop:01000000")),
            Map.of("entity", List.of("Q7747"), "ui", List.of("de")),
            Map.of("topic", List.of("medtop:11000000"), "from", List.of("2026-01-01"), "page", List.of("3")),
            Map.of("entityType", List.of("person"), "section", List.of("world"), "size", List.of("50")),
            Map.of("q", List.of("ministres défense"), "entity", List.of("Q7184")));

    private SearchLatencyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int synthetic = args.length > 1 && args[0].equals("--synthetic") ? Integer.parseInt(args[1]) : 10_000;
        int rounds = 300;
        try (SearchCorpus corpus = SearchCorpus.start("bench-search-latency", Map.of())) {
            HttpClientJson http = corpus.http();
            List<String> ids = corpus.articles().stream().map(FixtureArticle::id).toList();
            List<String> lines = new ArrayList<>();
            lines.add(measure("fixture (" + ids.size() + " articles)", http, ids, rounds));
            JsonNode sources = corpus.elasticsearch().post("/" + corpus.alias() + "/_search",
                    Map.of("size", ids.size(), "query", Map.of("match_all", Map.of())));
            SyntheticCorpus generator = new SyntheticCorpus(SyntheticCorpus.sourcesOf(sources), 20261129L);
            long start = System.nanoTime();
            generator.index(corpus.elasticsearchUrl(), corpus.alias(), synthetic);
            System.out.printf("bulk-indexed %d synthetic documents in %.1f s%n", synthetic,
                    (System.nanoTime() - start) / 1e9);
            lines.add(measure("synthetic (" + (ids.size() + synthetic) + " documents)", http, ids, rounds));
            System.out.println();
            System.out.println("| index | endpoint | requests | p50 ms | p95 ms | max ms |");
            System.out.println("|---|---|---|---|---|---|");
            lines.forEach(System.out::print);
        }
    }

    private static String measure(String label, HttpClientJson http, List<String> ids, int rounds) throws Exception {
        for (int i = 0; i < 30; i++) { // warm-up: JIT, caches, the servlet path
            http.get("/lede/api/search", SEARCHES.get(i % SEARCHES.size()));
            http.get("/lede/api/related", Map.of("id", List.of(ids.get(i % ids.size()))));
        }
        List<Double> search = new ArrayList<>();
        List<Double> related = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            search.add(timed(http, "/lede/api/search", SEARCHES.get(i % SEARCHES.size())));
            related.add(timed(http, "/lede/api/related", Map.of("id", List.of(ids.get(i % ids.size())))));
        }
        return row(label, "search", search) + row(label, "related", related);
    }

    private static double timed(HttpClientJson http, String path, Map<String, List<String>> params) throws Exception {
        long start = System.nanoTime();
        HttpClientJson.Answer a = http.get(path, params);
        double ms = (System.nanoTime() - start) / 1e6;
        if (a.status() != 200) {
            throw new IllegalStateException(path + " " + params + " answered " + a.status() + ": " + a.body());
        }
        return ms;
    }

    private static String row(String label, String endpoint, List<Double> ms) {
        List<Double> sorted = new ArrayList<>(ms);
        Collections.sort(sorted);
        return String.format("| %s | %s | %d | %.1f | %.1f | %.1f |%n", label, endpoint, sorted.size(),
                percentile(sorted, 50), percentile(sorted, 95), sorted.get(sorted.size() - 1));
    }

    static double percentile(List<Double> sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank)));
    }
}
