package io.lede.demo;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sends the bundle's logging (slf4j-simple, embedded in the bundle, configured by system properties when the
 * bundle first logs) to a file rather than the terminal, and restores the previous properties on close so that
 * a later Felix in the same JVM logs to stderr again.
 */
final class LedeLogFile implements AutoCloseable {
    private final Path file;
    private final Map<String, String> previous = new LinkedHashMap<>();

    private LedeLogFile(Path file) {
        this.file = file;
    }

    static LedeLogFile redirectTo(Path file) {
        LedeLogFile log = new LedeLogFile(file);
        log.set("org.slf4j.simpleLogger.logFile", file.toString());
        log.set("org.slf4j.simpleLogger.showDateTime", "true");
        log.set("org.slf4j.simpleLogger.dateTimeFormat", "HH:mm:ss.SSS");
        return log;
    }

    Path file() {
        return file;
    }

    private void set(String key, String value) {
        previous.put(key, System.getProperty(key));
        System.setProperty(key, value);
    }

    @Override
    public void close() {
        previous.forEach((key, value) -> {
            if (value == null) {
                System.clearProperty(key);
            } else {
                System.setProperty(key, value);
            }
        });
    }
}
