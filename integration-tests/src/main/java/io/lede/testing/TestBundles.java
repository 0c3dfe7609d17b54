package io.lede.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Where the build put the bundles for the Felix runtime: the OSGi services, then Lede's bundle. */
public final class TestBundles {
    private TestBundles() {
    }

    public static Path directory() {
        return Path.of(System.getProperty("lede.felix.bundles", "target/felix-bundles"));
    }

    /** Every bundle jar in install order (file names are numbered). */
    public static List<Path> all() throws IOException {
        try (Stream<Path> files = Files.list(directory())) {
            return files.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
        }
    }

    /** An empty directory for one test's framework cache and queue (left over content is removed). */
    public static Path workDirectory(String name) throws IOException {
        Path dir = Path.of(System.getProperty("lede.work", "target/it-work")).resolve(name);
        if (Files.exists(dir)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        return Files.createDirectories(dir);
    }
}
