package io.lede.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Where the demo keeps its state: {@code lede.demo.work}, default {@code target/demo} (Elasticsearch, Felix, logs). */
final class DemoDirectory {
    static final String PROPERTY = "lede.demo.work";

    private DemoDirectory() {
    }

    static Path root() {
        String value = System.getProperty(PROPERTY);
        return (value == null || value.isBlank() ? Path.of("target", "demo") : Path.of(value)).toAbsolutePath().normalize();
    }

    /** {@code dir}, emptied of whatever an earlier run left there. */
    static Path fresh(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        return Files.createDirectories(dir);
    }
}
