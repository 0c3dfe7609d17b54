package io.lede.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs short-lived helper commands (id, useradd, chown, elasticsearch-plugin) and captures their output. */
final class Commands {
    private Commands() {
    }

    /** Outcome of a finished command. */
    record Result(int exitCode, String output) {
        boolean succeeded() {
            return exitCode == 0;
        }
    }

    static Result run(List<String> command, Map<String, String> environment, Duration timeout) {
        Path output = null;
        try {
            output = Files.createTempFile("lede-cmd", ".log");
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
            builder.environment().putAll(environment);
            Process process = builder.start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("timed out after " + timeout + ": " + command);
            }
            return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command, e);
        } finally {
            deleteQuietly(output);
        }
    }

    static Result run(List<String> command) {
        return run(command, Map.of(), Duration.ofMinutes(1));
    }

    /** Runs the command and fails with its output unless it exits with 0. */
    static String require(List<String> command, Map<String, String> environment, Duration timeout) {
        Result result = run(command, environment, timeout);
        if (!result.succeeded()) {
            throw new IllegalStateException(command + " exited with " + result.exitCode() + ":\n" + result.output());
        }
        return result.output();
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a leftover temp file is harmless
        }
    }
}
