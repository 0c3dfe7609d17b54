package io.lede.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lede.backfill.BackfillSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackfillRequestsTest {
    @TempDir
    Path tmp;

    private static QueryParameters params(String... pairs) throws BadRequestException {
        Map<String, String[]> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], new String[] {pairs[i + 1]});
        }
        return BackfillRequests.parameters(map);
    }

    @Test
    void aStartNamesItsSourceAndAnAbsolutePathThatExists() throws Exception {
        Path export = Files.writeString(tmp.resolve("export.jsonl"), "{}\n");
        BackfillSpec spec = BackfillRequests.spec(params("source", "jsonl", "path", export.toString(), "threads", "2"));
        assertEquals(BackfillSpec.Kind.JSONL, spec.kind());
        assertEquals("http-jsonl", spec.name());
        assertEquals(2, spec.threads());
        assertEquals(200, spec.bulkCount());
        assertTrue(spec.resume());
        assertFalse(BackfillRequests.isStop(params("source", "jsonl")));
    }

    @Test
    void badRequestsNameTheParameter() throws IOException {
        Path export = Files.writeString(tmp.resolve("export.jsonl"), "{}\n");
        assertEquals("source", assertThrows(BadRequestException.class,
                () -> BackfillRequests.spec(params("path", export.toString()))).parameter());
        assertEquals("source", assertThrows(BadRequestException.class,
                () -> BackfillRequests.spec(params("source", "ftp", "path", export.toString()))).parameter());
        assertEquals("path", assertThrows(BadRequestException.class,
                () -> BackfillRequests.spec(params("source", "jsonl", "path", "export.jsonl"))).parameter());
        assertEquals("path", assertThrows(BadRequestException.class,
                () -> BackfillRequests.spec(params("source", "jsonl", "path", tmp.resolve("none").toString()))).parameter());
        assertEquals("path", assertThrows(BadRequestException.class,
                () -> BackfillRequests.spec(params("source", "dir", "path", export.toString()))).parameter());
        assertEquals("threads", assertThrows(BadRequestException.class,
                () -> BackfillRequests.spec(params("source", "jsonl", "path", export.toString(), "threads", "99"))).parameter());
        assertEquals("name", assertThrows(BadRequestException.class,
                () -> BackfillRequests.spec(params("source", "jsonl", "path", export.toString(), "name", "../x"))).parameter());
        assertEquals("color", assertThrows(BadRequestException.class, () -> params("color", "red")).parameter());
    }

    @Test
    void aStopNamesTheJob() throws Exception {
        QueryParameters q = params("action", "stop", "name", "extra");
        assertTrue(BackfillRequests.isStop(q));
        assertEquals("extra", BackfillRequests.name(q));
        assertEquals("name", assertThrows(BadRequestException.class,
                () -> BackfillRequests.name(params("action", "stop"))).parameter());
    }
}
