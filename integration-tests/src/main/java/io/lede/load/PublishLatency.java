package io.lede.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lede.testing.EsHttp;
import io.lede.testing.LedeInFelix;
import io.lede.testing.SampleArticle;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Publishes neutral PUBLISH events through EventAdmin at a steady rate and measures, for each, the time until a
 * search finds it (polled every 50 ms with an ids query, so figures include up to 50 ms of polling).
 */
final class PublishLatency {
    private final LedeInFelix lede;
    private final EsHttp es;
    private final String alias;
    private final List<SampleArticle> samples = SampleArticle.all();

    PublishLatency(LedeInFelix lede, EsHttp es, String alias) {
        this.lede = lede;
        this.es = es;
        this.alias = alias;
    }

    /** Runs one phase and returns "n=…, p50 … ms, p95 …, p99 …, max …, not searchable …". */
    String run(String phase, int perSecond, int seconds) throws InterruptedException {
        Map<String, Long> pending = new ConcurrentHashMap<>();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger sent = new AtomicInteger();
        int total = perSecond * seconds;
        ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor();
        sender.scheduleAtFixedRate(() -> {
            int n = sent.getAndIncrement();
            if (n >= total) {
                return;
            }
            String id = phase + "-" + n;
            pending.put(id, System.nanoTime());
            lede.publishInline(id, samples.get(n % samples.size()), Instant.now().toString());
        }, 0, 1_000_000 / perSecond, TimeUnit.MICROSECONDS);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds + 30L);
        while (System.nanoTime() < deadline && (sent.get() < total || !pending.isEmpty())) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
            List<String> ids = new ArrayList<>(pending.keySet());
            if (ids.isEmpty()) {
                continue;
            }
            ObjectNode query = EsHttp.json().createObjectNode().put("size", ids.size()).put("_source", false);
            var values = query.putObject("query").putObject("ids").putArray("values");
            ids.forEach(values::add);
            JsonNode hits = es.post("/" + alias + "/_search", query).path("hits").path("hits");
            long now = System.nanoTime();
            for (JsonNode hit : hits) {
                Long at = pending.remove(hit.path("_id").asText());
                if (at != null) {
                    latencies.add((now - at) / 1_000_000);
                }
            }
        }
        sender.shutdownNow();
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return String.format(Locale.ROOT, "n=%d, p50 %d ms, p95 %d ms, p99 %d ms, max %d ms, not searchable within "
                        + "30 s after the phase: %d", sorted.size(), pct(sorted, 50), pct(sorted, 95), pct(sorted, 99),
                sorted.isEmpty() ? -1 : sorted.get(sorted.size() - 1), pending.size());
    }

    private static long pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return -1;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
