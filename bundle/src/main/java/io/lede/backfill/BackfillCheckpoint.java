package io.lede.backfill;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.TreeMap;

/**
 * Which inputs of an archive are done, as a small file: every ordinal below {@code doneBelow}, plus the few done
 * out of order above it (at most the inputs in flight). It also keeps the label of the last input of the
 * contiguous prefix so that a resume on an archive that changed since is refused rather than skipping new inputs.
 * Thread-safe.
 */
public final class BackfillCheckpoint {
    private final Path file;
    private final String source;
    private final ObjectMapper mapper;
    private final TreeMap<Long, String> doneAbove = new TreeMap<>();
    private long doneBelow;
    private String lastLabel = "";

    private BackfillCheckpoint(Path file, String source, ObjectMapper mapper) {
        this.file = file;
        this.source = source;
        this.mapper = mapper;
    }

    /** A new, empty checkpoint (an existing file is replaced at the first save). */
    public static BackfillCheckpoint fresh(Path file, String source, ObjectMapper mapper) {
        return new BackfillCheckpoint(file, source, mapper);
    }

    /** The saved checkpoint of {@code source}, or a fresh one when there is no file. */
    public static BackfillCheckpoint resume(Path file, String source, ObjectMapper mapper) throws IOException {
        BackfillCheckpoint c = new BackfillCheckpoint(file, source, mapper);
        if (!Files.exists(file)) {
            return c;
        }
        JsonNode saved = mapper.readTree(file.toFile());
        String savedSource = saved.path("source").asText("");
        if (!savedSource.equals(source)) {
            throw new IOException("the checkpoint " + file + " belongs to " + savedSource + ", not to " + source);
        }
        c.doneBelow = saved.path("doneBelow").asLong(0);
        c.lastLabel = saved.path("lastLabel").asText("");
        saved.path("done").forEach(n -> c.doneAbove.put(n.asLong(), ""));
        return c;
    }

    public synchronized boolean isDone(long ordinal) {
        return ordinal < doneBelow || doneAbove.containsKey(ordinal);
    }

    /**
     * Checks an input read on resume: the last input of the saved prefix must still be the same one.
     *
     * @throws IOException when the archive changed before the point already done
     */
    public synchronized void verify(BackfillItem item) throws IOException {
        if (item.ordinal() == doneBelow - 1 && !lastLabel.isEmpty() && !lastLabel.equals(item.label())) {
            throw new IOException("the archive changed since the checkpoint: input " + item.ordinal() + " was "
                    + lastLabel + " and is now " + item.label() + "; start again without resuming");
        }
    }

    public synchronized void markDone(BackfillItem item) {
        if (item.ordinal() < doneBelow) {
            return;
        }
        doneAbove.put(item.ordinal(), item.label());
        while (doneAbove.containsKey(doneBelow)) {
            lastLabel = doneAbove.remove(doneBelow);
            doneBelow++;
        }
    }

    /** Inputs known done: the contiguous prefix plus those above it. */
    public synchronized long doneCount() {
        return doneBelow + doneAbove.size();
    }

    public synchronized long doneBelow() {
        return doneBelow;
    }

    /** Writes the checkpoint atomically (temporary file, then rename). */
    public void save() throws IOException {
        ObjectNode json = mapper.createObjectNode();
        synchronized (this) {
            json.put("source", source);
            json.put("doneBelow", doneBelow);
            json.put("lastLabel", lastLabel);
            doneAbove.keySet().forEach(json.putArray("done")::add);
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(tmp, mapper.writeValueAsBytes(json));
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
