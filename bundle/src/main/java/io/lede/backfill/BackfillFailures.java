package io.lede.backfill;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Inputs that failed, with reasons: appended to a JSON Lines file ({@code input}, {@code reason}, {@code at}) as they
 * happen, and the first few kept in memory for the summary. Thread-safe.
 */
public final class BackfillFailures implements AutoCloseable {
    /** Failures kept in memory for the summary and the status; the file has them all. */
    public static final int KEPT = 100;

    private final Path file;
    private final ObjectMapper mapper;
    private final List<Failure> first = new ArrayList<>();
    private BufferedWriter writer;
    private long count;

    /** One failed input. */
    public record Failure(String input, String reason) {
        @Override
        public String toString() {
            return input + ": " + reason;
        }
    }

    /** @param append keep the failures of an earlier run (a resume), or start an empty file */
    public BackfillFailures(Path file, ObjectMapper mapper, boolean append) throws IOException {
        this.file = file;
        this.mapper = mapper;
        Files.createDirectories(file.toAbsolutePath().getParent());
        this.writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE, append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING);
    }

    public Path file() {
        return file;
    }

    public synchronized void add(String input, String reason) throws IOException {
        count++;
        if (first.size() < KEPT) {
            first.add(new Failure(input, reason));
        }
        ObjectNode line = mapper.createObjectNode().put("input", input).put("reason", reason)
                .put("at", Instant.now().toString());
        writer.write(mapper.writeValueAsString(line));
        writer.newLine();
        writer.flush();
    }

    /** Failures of this run. */
    public synchronized long count() {
        return count;
    }

    /** The first {@value #KEPT} failures of this run. */
    public synchronized List<Failure> first() {
        return List.copyOf(first);
    }

    @Override
    public synchronized void close() throws IOException {
        if (writer != null) {
            writer.close();
            writer = null;
        }
    }
}
