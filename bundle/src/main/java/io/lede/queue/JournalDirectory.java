package io.lede.queue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A directory of journal files, one JSON file per entry, each written to a temporary file, forced to disk
 * and atomically renamed, the directory forced after every change: an entry is either fully there or not
 * at all, whatever the moment the JVM dies.
 */
final class JournalDirectory {
    private static final Logger LOG = LoggerFactory.getLogger(JournalDirectory.class);
    private static final String SUFFIX = ".json";

    private final Path dir;
    private final ObjectMapper mapper;

    JournalDirectory(Path dir, ObjectMapper mapper) throws IOException {
        this.dir = Files.createDirectories(dir);
        this.mapper = mapper;
    }

    Path path() {
        return dir;
    }

    void write(long seq, Object entry) throws IOException {
        byte[] bytes = mapper.writeValueAsBytes(entry);
        Path tmp = dir.resolve(name(seq) + ".tmp");
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buf = ByteBuffer.wrap(bytes);
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            ch.force(true);
        }
        Files.move(tmp, dir.resolve(name(seq)), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        forceDirectory();
    }

    void delete(long seq) throws IOException {
        Files.deleteIfExists(dir.resolve(name(seq)));
    }

    void deleteAll(List<Long> seqs) throws IOException {
        for (long seq : seqs) {
            delete(seq);
        }
        forceDirectory();
    }

    <T> List<T> readAll(Class<T> type) throws IOException {
        List<T> out = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path f : files) {
                String n = f.getFileName().toString();
                if (n.endsWith(".tmp")) {
                    Files.deleteIfExists(f); // an unfinished write from before a crash: never acknowledged
                } else if (n.endsWith(SUFFIX)) {
                    try {
                        out.add(mapper.readValue(f.toFile(), type));
                    } catch (IOException e) {
                        Path corrupt = f.resolveSibling(n + ".corrupt");
                        Files.move(f, corrupt, StandardCopyOption.REPLACE_EXISTING);
                        LOG.error("Journal file {} is unreadable and was set aside as {}: {}", f, corrupt,
                                e.getMessage());
                    }
                }
            }
        }
        return out;
    }

    private void forceDirectory() throws IOException {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            // some file systems cannot sync a directory; the file itself was forced
            LOG.debug("cannot force directory {}: {}", dir, e.getMessage());
        }
    }

    private static String name(long seq) {
        return String.format("%020d", seq) + SUFFIX;
    }
}
