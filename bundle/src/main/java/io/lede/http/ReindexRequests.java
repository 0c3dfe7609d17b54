package io.lede.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lede.index.ReindexMode;
import io.lede.index.ReindexProgress;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** {@code /api/reindex}: reads the requested mode and writes the progress as JSON (the servlet only wires). */
public final class ReindexRequests {
    private static final Map<String, ReindexMode> MODES = Map.of("all", ReindexMode.REENRICH_ALL,
            "older", ReindexMode.REENRICH_OLDER, "copy", ReindexMode.COPY);

    private ReindexRequests() {
    }

    /** {@code mode=all} (default: enrich every document again), {@code older} or {@code copy}. */
    public static ReindexMode mode(Map<String, String[]> parameters) throws BadRequestException {
        return MODES.get(new QueryParameters(parameters, Set.of("mode")).oneOf("mode", "all", MODES.keySet()));
    }

    /** Refuses any parameter (a status read takes none). */
    public static void noParameters(Map<String, String[]> parameters) throws BadRequestException {
        new QueryParameters(parameters, Set.of());
    }

    public static ObjectNode progress(ReindexProgress.Snapshot s) {
        ObjectNode n = JsonResponses.mapper().createObjectNode();
        n.put("state", s.state().name());
        n.put("running", s.running());
        n.put("message", s.message());
        n.put("sourceIndex", s.sourceIndex());
        n.put("targetIndex", s.targetIndex());
        n.put("total", s.total());
        n.put("processed", s.processed());
        n.put("copied", s.copied());
        n.put("reenriched", s.reenriched());
        n.put("skippedNewer", s.skippedNewer());
        n.put("failed", s.failed());
        n.put("caughtUp", s.caughtUp());
        s.failures().forEach(n.putArray("failures")::add);
        n.put("startedAt", Objects.toString(s.startedAt(), null));
        n.put("finishedAt", Objects.toString(s.finishedAt(), null));
        return n;
    }
}
