package io.lede.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs {@code bin/lede}'s Java entry point ({@code io.lede.cli.LedeCli}) as its own process, on the bundle's classes
 * and embedded libraries (system property {@code lede.cli.classpath}, set by failsafe), as a user would.
 */
public final class LedeCommand {
    private LedeCommand() {
    }

    public static String classPath() {
        String cp = System.getProperty("lede.cli.classpath");
        if (cp == null || cp.isBlank()) {
            Path bundle = Path.of("..", "bundle", "target").toAbsolutePath().normalize();
            cp = bundle.resolve("classes") + ":" + bundle.resolve("embedded") + "/*";
        }
        return cp;
    }

    /** Starts {@code lede <args>}; stdout and stderr go to the given files. */
    public static Process start(Path stdout, Path stderr, String... args) throws IOException {
        return start(Map.of(), stdout, stderr, args);
    }

    /** Starts {@code lede <args>} with {@code environment} added to this process's (for secrets). */
    public static Process start(Map<String, String> environment, Path stdout, Path stderr, String... args)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-XX:+UseSerialGC", "-cp", classPath(), "io.lede.cli.LedeCli"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile());
        builder.environment().putAll(environment);
        return builder.start();
    }
}
