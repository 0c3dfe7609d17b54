package io.lede.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lede.backfill.BackfillSpec;
import io.lede.backfill.BackfillStatus;
import io.lede.backfill.BundleBackfill;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The parameters of {@code POST /lede/api/backfill} and the JSON of a job's progress.
 * Start: {@code source=dir|jsonl|paths}, {@code path} (absolute, on the server), optional {@code name},
 * {@code threads} (1-16, default 1), {@code bulkCount} (1-10000, default 200), {@code resume} (default true).
 * Stop: {@code action=stop&name=...}.
 */
public final class BackfillRequests {
    public static final Set<String> PARAMETERS = Set.of("action", "name", "source", "path", "threads", "bulkCount",
            "resume");

    private BackfillRequests() {
    }

    /** Whether the request asks to stop a job (else to start one). */
    public static boolean isStop(QueryParameters q) throws BadRequestException {
        return q.oneOf("action", "start", Set.of("start", "stop")).equals("stop");
    }

    public static String name(QueryParameters q) throws BadRequestException {
        return q.required("name", 64);
    }

    public static BackfillSpec spec(QueryParameters q) throws BadRequestException {
        String source = q.oneOf("source", "", Set.of("dir", "jsonl", "paths"));
        if (source.isEmpty()) {
            throw new BadRequestException("source", "'source' is required: one of dir, jsonl, paths");
        }
        Path path = Path.of(q.required("path", 4096));
        if (!path.isAbsolute()) {
            throw new BadRequestException("path", "'path' must be an absolute path on the server");
        }
        if (!Files.exists(path)) {
            throw new BadRequestException("path", "'path' does not exist on the server: " + path);
        }
        if (source.equals("dir") != Files.isDirectory(path)) {
            throw new BadRequestException("path", "'path' must be a " + (source.equals("dir") ? "folder" : "file")
                    + " for source=" + source);
        }
        String name = q.string("name", 64).orElse("http-" + source);
        boolean resume = q.oneOf("resume", "true", Set.of("true", "false")).equals("true");
        try {
            return new BackfillSpec(name, BackfillSpec.Kind.valueOf(source.toUpperCase(Locale.ROOT)), path,
                    q.integer("threads", 1, 1, 16), q.integer("bulkCount", 200, 1, 10_000), 5L << 20, resume,
                    q.integer("maxPerSecond", 0, 0, 1_000_000));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("name", e.getMessage());
        }
    }

    /** {@code {"name", "origin", "source", "state", "total", "indexed", ..., "failures": [...]}} */
    public static ObjectNode toJson(ObjectMapper mapper, String name, String origin, BundleBackfill job) {
        ObjectNode json = mapper.createObjectNode().put("name", name).put("origin", origin);
        BackfillStatus s = job.status();
        if (s == null) {
            json.put("state", job.problem() != null ? "failed: " + job.problem() : "waiting for the pipeline");
            return json;
        }
        json.put("source", s.source()).put("state", s.state()).put("total", s.total()).put("skipped", s.skipped())
                .put("indexed", s.indexed()).put("superseded", s.superseded()).put("failed", s.failed())
                .put("ratePerSecond", s.rate()).put("elapsedSeconds", s.elapsed().toSeconds())
                .put("progress", s.line());
        if (s.eta() != null) {
            json.put("etaSeconds", s.eta().toSeconds());
        }
        var failures = json.putArray("failures");
        s.failures().forEach(f -> failures.addObject().put("input", f.input()).put("reason", f.reason()));
        return json;
    }

    /** The request's parameters, any other than {@link #PARAMETERS} refused. */
    public static QueryParameters parameters(Map<String, String[]> values) throws BadRequestException {
        return new QueryParameters(values, PARAMETERS);
    }
}
