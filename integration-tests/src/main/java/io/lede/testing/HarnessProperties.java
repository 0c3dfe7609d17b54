package io.lede.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Locations the harness needs, from system properties set by the build (failsafe's
 * systemPropertyVariables), with defaults relative to the integration-tests module directory.
 */
public final class HarnessProperties {
    public static final String HOME = "lede.es.home";
    public static final String PLUGIN = "lede.es.plugin";
    public static final String WORK = "lede.es.work";
    public static final String JAVA_HOME = "lede.es.java.home";
    public static final String ES_VERSION = "8.19.21";

    private HarnessProperties() {
    }

    /** The unpacked distribution, default {@code target/elasticsearch-8.19.21}. */
    public static Path home() {
        return path(HOME, Path.of("target", "elasticsearch-" + ES_VERSION));
    }

    /** The analysis plugin zip: the copy in target/es-plugin, else the es-plugin module's own build output. */
    public static Path plugin() {
        Path copied = Path.of("target", "es-plugin", "lede-es-analysis-plugin-plugin.zip");
        return path(PLUGIN, Files.exists(copied) ? copied : builtByReactorSibling().orElse(copied));
    }

    private static Optional<Path> builtByReactorSibling() {
        Path target = Path.of("..", "es-plugin", "target");
        if (!Files.isDirectory(target)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(f -> f.getFileName().toString().matches("lede-es-analysis-plugin-.*-plugin\\.zip")).findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parent of the per-node directories (config, data, logs, tmp), default {@code target/es-nodes}. */
    public static Path work() {
        return path(WORK, Path.of("target", "es-nodes"));
    }

    /** The JDK the node runs on (ES_JAVA_HOME): the one running this JVM, as the distribution bundles none. */
    public static Path javaHome() {
        return path(JAVA_HOME, Path.of(System.getProperty("java.home")));
    }

    private static Path path(String property, Path fallback) {
        String value = System.getProperty(property);
        return (value == null || value.isBlank() ? fallback : Path.of(value)).toAbsolutePath().normalize();
    }
}
