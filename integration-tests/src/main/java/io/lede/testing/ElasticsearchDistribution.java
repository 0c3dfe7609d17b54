package io.lede.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * An unpacked Elasticsearch distribution ({@code ES_HOME}): shared, read-only at run time, by every node
 * started from it. Each node gets its own config/data/logs directories (see {@link ElasticsearchServer}).
 */
public final class ElasticsearchDistribution {
    private static final String INSTALLED_MARKER_SUFFIX = ".lede-installed.sha256";

    private final Path home;

    private ElasticsearchDistribution(Path home) {
        this.home = home;
    }

    public static ElasticsearchDistribution at(Path home) {
        Path absolute = home.toAbsolutePath().normalize();
        if (!Files.isRegularFile(absolute.resolve("bin/elasticsearch"))) {
            throw new IllegalArgumentException("not an unpacked Elasticsearch distribution: " + absolute
                    + " (run the module's build, which unpacks it, or set -D" + HarnessProperties.HOME + ")");
        }
        return new ElasticsearchDistribution(absolute);
    }

    public Path home() {
        return home;
    }

    Path bin(String tool) {
        return home.resolve("bin").resolve(tool);
    }

    Path configTemplate() {
        return home.resolve("config");
    }

    /**
     * Installs the plugin unless this exact zip (by content) is already installed; a different build of the
     * same plugin is removed first. Synchronised because the plugins directory is shared by all nodes.
     */
    public synchronized void installPlugin(Path pluginZip, Path javaHome) {
        PluginZip plugin = PluginZip.of(pluginZip);
        Path installed = home.resolve("plugins").resolve(plugin.name());
        // not inside plugins/: Elasticsearch treats every entry there as a plugin directory
        Path marker = home.resolve("." + plugin.name() + INSTALLED_MARKER_SUFFIX);
        String fingerprint = plugin.sha256();
        if (Files.isDirectory(installed) && fingerprint.equals(readIfExists(marker))) {
            return;
        }
        ensureExecutable();
        Map<String, String> env = Map.of("ES_JAVA_HOME", javaHome.toString(), "CLI_JAVA_OPTS", "-Xmx1g");
        if (Files.isDirectory(installed)) {
            Commands.require(List.of(bin("elasticsearch-plugin").toString(), "remove", plugin.name()), env,
                    Duration.ofMinutes(2));
        }
        Commands.require(List.of(bin("elasticsearch-plugin").toString(), "install", "--batch",
                plugin.file().toUri().toString()), env, Duration.ofMinutes(2));
        write(marker, fingerprint);
    }

    /** Archive extraction does not always keep the executable bits of bin/; restore them. */
    void ensureExecutable() {
        Set<PosixFilePermission> executable = EnumSet.of(PosixFilePermission.OWNER_EXECUTE,
                PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_EXECUTE);
        try (Stream<Path> tools = Files.list(home.resolve("bin"))) {
            for (Path tool : (Iterable<Path>) tools::iterator) {
                Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(tool);
                if (!permissions.containsAll(executable)) {
                    permissions.addAll(executable);
                    Files.setPosixFilePermissions(tool, permissions);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make " + home.resolve("bin") + " executable", e);
        }
    }

    private static String readIfExists(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file).trim() : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String content) {
        try {
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
