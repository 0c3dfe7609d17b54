package io.lede.backfill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackfillCheckpointTest {
    private final ObjectMapper mapper = new ObjectMapper();
    @TempDir
    Path tmp;

    private static BackfillItem item(long n) {
        return new BackfillItem(n, "file-" + n, "");
    }

    @Test
    void outOfOrderCompletionsCollapseIntoAContiguousPrefix() {
        BackfillCheckpoint c = BackfillCheckpoint.fresh(tmp.resolve("c.json"), "dir:/a", mapper);
        c.markDone(item(2));
        c.markDone(item(1));
        assertEquals(0, c.doneBelow());
        assertTrue(c.isDone(1));
        assertFalse(c.isDone(0));
        c.markDone(item(0));
        assertEquals(3, c.doneBelow());
        c.markDone(item(5));
        assertEquals(4, c.doneCount());
        assertFalse(c.isDone(3));
        assertTrue(c.isDone(5));
    }

    @Test
    void aSavedCheckpointResumesWhereItStopped() throws IOException {
        Path file = tmp.resolve("state/checkpoint.json");
        BackfillCheckpoint c = BackfillCheckpoint.fresh(file, "jsonl:/x", mapper);
        for (long n : new long[] {0, 1, 2, 4, 7}) {
            c.markDone(item(n));
        }
        c.save();

        BackfillCheckpoint resumed = BackfillCheckpoint.resume(file, "jsonl:/x", mapper);
        assertEquals(3, resumed.doneBelow());
        assertEquals(5, resumed.doneCount());
        for (long n = 0; n < 9; n++) {
            assertEquals(n <= 2 || n == 4 || n == 7, resumed.isDone(n), "ordinal " + n);
        }
        resumed.markDone(item(3));
        assertEquals(5, resumed.doneBelow());
    }

    @Test
    void aCheckpointOfAnotherArchiveIsRefused() throws IOException {
        Path file = tmp.resolve("checkpoint.json");
        BackfillCheckpoint c = BackfillCheckpoint.fresh(file, "dir:/a", mapper);
        c.markDone(item(0));
        c.save();
        IOException e = assertThrows(IOException.class, () -> BackfillCheckpoint.resume(file, "dir:/b", mapper));
        assertTrue(e.getMessage().contains("belongs to dir:/a"), e.getMessage());
    }

    @Test
    void aResumeOnAnArchiveThatChangedBeforeTheCheckpointIsRefused() throws IOException {
        Path file = tmp.resolve("checkpoint.json");
        BackfillCheckpoint c = BackfillCheckpoint.fresh(file, "dir:/a", mapper);
        c.markDone(item(0));
        c.markDone(item(1));
        c.save();
        BackfillCheckpoint resumed = BackfillCheckpoint.resume(file, "dir:/a", mapper);
        resumed.verify(item(0));
        resumed.verify(item(1));
        IOException e = assertThrows(IOException.class,
                () -> resumed.verify(new BackfillItem(1, "a-new-file.html", "")));
        assertTrue(e.getMessage().contains("changed"), e.getMessage());
    }

    @Test
    void aMissingFileResumesFromTheStart() throws IOException {
        BackfillCheckpoint c = BackfillCheckpoint.resume(tmp.resolve("none.json"), "dir:/a", mapper);
        assertEquals(0, c.doneCount());
    }
}
