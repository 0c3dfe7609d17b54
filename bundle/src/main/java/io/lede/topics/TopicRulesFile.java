package io.lede.topics;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The newsroom's rules file, re-read when its modification time changes (checked at most every few
 * seconds). A file that becomes unreadable or invalid keeps the last good rules in force.
 */
final class TopicRulesFile implements Supplier<TopicRules> {
    private static final Logger LOG = LoggerFactory.getLogger(TopicRulesFile.class);
    private static final long CHECK_EVERY_NANOS = 2_000_000_000L;

    private final Path path;
    private final long checkEveryNanos;
    private volatile TopicRules rules;
    private volatile FileTime loadedVersion;
    private volatile long lastCheck;

    TopicRulesFile(Path path) {
        this(path, CHECK_EVERY_NANOS);
    }

    TopicRulesFile(Path path, long checkEveryNanos) {
        this.path = path;
        this.checkEveryNanos = checkEveryNanos;
        this.loadedVersion = modified();
        try {
            this.rules = load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read topic rules " + path, e);
        }
        this.lastCheck = System.nanoTime();
    }

    @Override
    public TopicRules get() {
        long now = System.nanoTime();
        if (now - lastCheck >= checkEveryNanos) {
            lastCheck = now;
            reloadIfChanged();
        }
        return rules;
    }

    private synchronized void reloadIfChanged() {
        FileTime version = modified();
        if (version == null || version.equals(loadedVersion)) {
            return;
        }
        try {
            rules = load();
            loadedVersion = version;
            LOG.info("reloaded topic rules from {}", path);
        } catch (IOException | RuntimeException e) {
            LOG.warn("keeping the previous topic rules: cannot read {}: {}", path, e.toString());
        }
    }

    private TopicRules load() throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return TopicRules.read(in);
        }
    }

    private FileTime modified() {
        try {
            return Files.getLastModifiedTime(path);
        } catch (IOException e) {
            return null;
        }
    }
}
