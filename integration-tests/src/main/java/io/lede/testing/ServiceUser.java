package io.lede.testing;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Elasticsearch refuses to run as root. When the harness runs as root (as CI does) the node runs as a
 * dedicated system user, created on demand, and the node's writable directories are handed over to it.
 * Otherwise it runs as the current user and this class does nothing.
 */
final class ServiceUser {
    static final String DEFAULT_NAME = "lede-es";
    /** useradd: "username already in use" (e.g. created concurrently by another build). */
    private static final int USERADD_EXISTS = 9;

    private final String name;
    private final boolean active;

    private ServiceUser(String name, boolean active) {
        this.name = name;
        this.active = active;
    }

    /** The user to run Elasticsearch as: {@code name} when we are root, the current user otherwise. */
    static ServiceUser forCurrentProcess(String name) {
        return new ServiceUser(name, isRoot());
    }

    static boolean isRoot() {
        Commands.Result id = Commands.run(List.of("id", "-u"));
        return id.succeeded() && id.output().trim().equals("0");
    }

    boolean switchesUser() {
        return active;
    }

    String name() {
        return name;
    }

    void ensureExists() {
        if (!active || Commands.run(List.of("id", "-u", name)).succeeded()) {
            return;
        }
        Commands.Result created = Commands.run(
                List.of("useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", name));
        if (!created.succeeded() && created.exitCode() != USERADD_EXISTS) {
            throw new IllegalStateException("cannot create system user " + name + ": " + created.output());
        }
    }

    /** Makes {@code dir} (recursively) owned by the service user. */
    void own(Path dir) {
        if (active) {
            Commands.require(List.of("chown", "-R", name, dir.toString()), Map.of(), Duration.ofMinutes(1));
        }
    }

    /** Fails early, with a useful message, when the user cannot even read {@code file} (e.g. a home under /root). */
    void checkCanRead(Path file) {
        if (active && !Commands.run(List.of("runuser", "-u", name, "--", "test", "-r", file.toString())).succeeded()) {
            throw new IllegalStateException("user " + name + " cannot read " + file
                    + ": every parent directory must be world-executable (chmod o+x)");
        }
    }

    /** Wraps {@code command} so that it runs as the service user. */
    List<String> wrap(List<String> command) {
        if (!active) {
            return command;
        }
        List<String> wrapped = new ArrayList<>(List.of("runuser", "-u", name, "--"));
        wrapped.addAll(command);
        return wrapped;
    }
}
