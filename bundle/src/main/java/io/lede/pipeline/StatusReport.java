package io.lede.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.lede.queue.DeadLetter;
import io.lede.stages.LatencyHistogram;
import io.lede.stages.Stage;
import java.time.Instant;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The status document of the pipeline (JSON, for the status endpoint and JMX): state, Elasticsearch, queue,
 * dead letters with reasons, last error, counters and stage latencies. Configured secrets are masked wherever
 * they might appear (e.g. inside an error message), and the connection is described without them.
 */
public final class StatusReport {
    /** Dead letters listed in full; the count is always exact. */
    static final int MAX_DEAD_LETTERS = 100;
    private static final String MASK = "***";

    private final ObjectMapper mapper;
    private final List<String> secrets;

    public StatusReport(ObjectMapper mapper, Collection<String> secrets) {
        this.mapper = mapper;
        this.secrets = secrets.stream().filter(s -> s != null && !s.isEmpty()).toList();
    }

    public ObjectNode toJson(PipelineView v) {
        ObjectNode root = mapper.createObjectNode();
        root.put("alias", v.alias());
        root.put("state", v.state());
        HealthVerdict health = HealthVerdict.of(v);
        ObjectNode h = root.putObject("health");
        h.put("status", health.level().name());
        health.reasons().forEach(h.putArray("reasons")::add);
        ObjectNode es = root.putObject("elasticsearch");
        es.put("reachable", v.elasticsearchReachable());
        es.put("connection", v.elasticsearch());
        ObjectNode queue = root.putObject("queue");
        queue.put("intents", v.queue().intents());
        queue.put("articles", v.queue().articles());
        queue.put("inFlight", v.queue().inFlight());
        queue.put("capacity", v.queue().capacity());
        queue.put("oldestPendingAgeSeconds", v.oldestPendingAge().toSeconds());
        root.set("deadLetters", deadLetters(v.deadLetters()));
        root.put("lastError", v.lastError());
        PipelineMetrics.Snapshot m = v.metrics();
        ObjectNode counters = root.putObject("counters");
        counters.put("indexed", m.indexed());
        counters.put("deleted", m.deleted());
        counters.put("superseded", m.superseded());
        counters.put("retried", m.retried());
        counters.put("failed", m.failed());
        root.set("stages", stages(m.stageLatencies()));
        root.put("at", v.at().toString());
        mask(root);
        return root;
    }

    private ObjectNode deadLetters(List<DeadLetter> letters) {
        ObjectNode out = mapper.createObjectNode();
        out.put("count", letters.size());
        ArrayNode items = out.putArray("items");
        for (DeadLetter d : letters.subList(0, Math.min(letters.size(), MAX_DEAD_LETTERS))) {
            ObjectNode item = items.addObject();
            item.put("seq", d.seq());
            item.put("action", d.intent().action().name());
            item.put("articleId", d.intent().articleId());
            item.put("version", d.intent().version());
            item.put("attempts", d.attempts());
            item.put("reason", d.reason());
            item.put("failedAt", Instant.ofEpochMilli(d.failedAt()).toString());
        }
        return out;
    }

    private ObjectNode stages(Map<Stage, LatencyHistogram.Snapshot> latencies) {
        ObjectNode out = mapper.createObjectNode();
        for (Stage stage : Stage.values()) {
            LatencyHistogram.Snapshot s = latencies.get(stage);
            if (s == null) {
                continue;
            }
            ObjectNode n = out.putObject(stage.label());
            n.put("count", s.count());
            n.put("meanMillis", round(s.meanMillis()));
            n.put("p50Millis", round(s.p50Millis()));
            n.put("p95Millis", round(s.p95Millis()));
            n.put("p99Millis", round(s.p99Millis()));
            n.put("maxMillis", round(s.maxMillis()));
        }
        return out;
    }

    private static double round(double millis) {
        return Math.round(millis * 1000) / 1000.0;
    }

    /** Replaces every configured secret in every text value, at any depth. */
    private void mask(JsonNode node) {
        if (secrets.isEmpty()) {
            return;
        }
        if (node instanceof ObjectNode obj) {
            for (Iterator<Map.Entry<String, JsonNode>> it = obj.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getValue().isTextual()) {
                    e.setValue(TextNode.valueOf(masked(e.getValue().asText())));
                } else {
                    mask(e.getValue());
                }
            }
        } else if (node instanceof ArrayNode arr) {
            for (int i = 0; i < arr.size(); i++) {
                if (arr.get(i).isTextual()) {
                    arr.set(i, TextNode.valueOf(masked(arr.get(i).asText())));
                } else {
                    mask(arr.get(i));
                }
            }
        }
    }

    private String masked(String text) {
        String out = text;
        for (String s : secrets) {
            out = out.replace(s, MASK);
        }
        return out;
    }
}
