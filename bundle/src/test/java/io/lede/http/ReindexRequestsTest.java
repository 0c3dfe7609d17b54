package io.lede.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lede.index.ReindexMode;
import io.lede.index.ReindexProgress;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReindexRequestsTest {
    @Test
    void theModeIsReadWithAllAsDefault() throws BadRequestException {
        assertEquals(ReindexMode.REENRICH_ALL, ReindexRequests.mode(Map.of()));
        assertEquals(ReindexMode.REENRICH_OLDER, ReindexRequests.mode(Map.of("mode", new String[] {"older"})));
        assertEquals(ReindexMode.COPY, ReindexRequests.mode(Map.of("mode", new String[] {"copy"})));
    }

    @Test
    void anUnknownModeOrParameterIsNamed() {
        BadRequestException mode = assertThrows(BadRequestException.class,
                () -> ReindexRequests.mode(Map.of("mode", new String[] {"fast"})));
        assertEquals("mode", mode.parameter());
        BadRequestException other = assertThrows(BadRequestException.class,
                () -> ReindexRequests.noParameters(Map.of("alias", new String[] {"x"})));
        assertEquals("alias", other.parameter());
    }

    @Test
    void progressIsWrittenWithEveryFigure() {
        ReindexProgress.Snapshot s = new ReindexProgress.Snapshot(ReindexProgress.State.COPYING, "news-v1", "news-v2",
                10, 3, 2, 1, 1, 0, List.of("a: HTTP 400"), "copying", Instant.parse("2026-11-29T05:00:00Z"), null);
        ObjectNode json = ReindexRequests.progress(s);
        assertEquals("COPYING", json.path("state").asText());
        assertTrue(json.path("running").asBoolean());
        assertEquals(7, json.path("processed").asInt());
        assertEquals("news-v2", json.path("targetIndex").asText());
        assertEquals("a: HTTP 400", json.path("failures").path(0).asText());
        assertEquals("2026-11-29T05:00:00Z", json.path("startedAt").asText());
        assertTrue(json.path("finishedAt").isNull());
    }
}
