package io.lede.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The running process tree of one node: [runuser →] elasticsearch CLI JVM → server JVM.
 * Its root pid is recorded in a file so that a later run can reap a node orphaned by a killed test JVM.
 */
final class NodeProcess {
    private final ProcessHandle root;
    private final Path pidFile;
    /**
     * Held so that the child's stdin pipe is not closed by garbage collection while the node runs;
     * {@code null} for an orphan found through its pid file.
     */
    @SuppressWarnings({"unused", "FieldCanBeLocal"})
    private final Process child;

    private NodeProcess(ProcessHandle root, Path pidFile, Process child) {
        this.root = root;
        this.pidFile = pidFile;
        this.child = child;
    }

    static NodeProcess start(List<String> command, Map<String, String> environment, Path consoleLog, Path pidFile) {
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(consoleLog.toFile()))
                .redirectInput(ProcessBuilder.Redirect.PIPE);
        Map<String, String> env = builder.environment();
        // never inherit another node's layout or JVM options from the calling environment
        env.keySet().removeIf(key -> key.startsWith("ES_") || key.equals("CLI_JAVA_OPTS"));
        env.putAll(environment);
        try {
            Process process = builder.start();
            Files.writeString(pidFile, Long.toString(process.pid()));
            return new NodeProcess(process.toHandle(), pidFile, process);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command, e);
        }
    }

    /**
     * Force-kills a node left running by an earlier, killed JVM: the process recorded in {@code pidFile},
     * provided its command line still mentions {@code marker} (guards against pid reuse).
     */
    static void reapOrphan(Path pidFile, String marker, Duration timeout) {
        if (!Files.exists(pidFile)) {
            return;
        }
        try {
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            Optional<ProcessHandle> orphan = ProcessHandle.of(pid)
                    .filter(p -> p.info().commandLine().map(line -> line.contains(marker)).orElse(false));
            if (orphan.isPresent()) {
                new NodeProcess(orphan.get(), pidFile, null).kill(timeout);
            }
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NumberFormatException e) {
            // unreadable pid file: nothing we can safely kill
        }
    }

    boolean isAlive() {
        return root.isAlive();
    }

    /** Completes when the whole node has exited. */
    CompletableFuture<ProcessHandle> onExit() {
        return root.onExit();
    }

    /** SIGTERM (runuser and the CLI forward it to the server, which shuts down cleanly), SIGKILL after grace. */
    void stop(Duration grace) {
        List<ProcessHandle> tree = root.descendants().toList();
        if (root.isAlive()) {
            root.destroy();
        }
        // the wrapper can exit a moment before the server JVM it spawned: wait for the whole tree
        boolean exited = waitForExit(grace) && tree.stream().allMatch(process -> awaitExit(process, grace));
        if (!exited) {
            tree.forEach(ProcessHandle::destroyForcibly);
            kill(grace);
        }
        cleanUp();
    }

    /** SIGKILL, server JVM first: simulates a crash; data on disk is left as the crash left it. */
    void kill(Duration timeout) {
        List<ProcessHandle> tree = root.descendants()
                .sorted(Comparator.comparingLong(NodeProcess::depthBelowInit).reversed())
                .toList();
        tree.forEach(ProcessHandle::destroyForcibly);
        root.destroyForcibly();
        for (ProcessHandle process : tree) {
            awaitExit(process, timeout);
        }
        if (!waitForExit(timeout)) {
            throw new IllegalStateException("node process " + root.pid() + " survived SIGKILL for " + timeout);
        }
        cleanUp();
    }

    private boolean waitForExit(Duration timeout) {
        return awaitExit(root, timeout);
    }

    private static boolean awaitExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }

    private static long depthBelowInit(ProcessHandle process) {
        long depth = 0;
        for (Optional<ProcessHandle> p = process.parent(); p.isPresent(); p = p.get().parent()) {
            depth++;
        }
        return depth;
    }

    private void cleanUp() {
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
