package io.lede.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A real Apache Sling 12 in a child JVM, launched by the Sling feature launcher from two feature files: the
 * project's trimmed Sling starter and Lede's feature (Content Distribution, its configuration, Lede's bundle).
 * Artifacts come from the local Maven repository, the launcher's cache or Maven Central; Lede's bundle from a
 * repository directory written here. {@link #start} returns when the distribution agent answers.
 */
public final class SlingInstance implements AutoCloseable {
    public static final String AGENT = "lede-publish";
    public static final String CONTENT_ROOT = "/content/news";
    static final String FEATURES = "/io/lede/sling/";
    static final String STARTER_FEATURE = "sling-starter-12-trimmed.slingosgifeature.json";
    static final String LEDE_FEATURE = "lede-distribution.slingosgifeature.json";
    static final String LEDE_BUNDLE_REPO_PATH = "io/lede/lede-bundle/0.1.0-SNAPSHOT/lede-bundle-0.1.0-SNAPSHOT.jar";
    private static final String MAIN = "org.apache.sling.feature.launcher.impl.Main";
    private static final Duration STOP_GRACE = Duration.ofSeconds(60);

    private final Path work;
    private final int port;
    private final String elasticsearchUrl;
    private final String indexAlias;
    private final Duration startTimeout;
    private ProcessHandle process;
    private SlingHttp http;

    private SlingInstance(Builder b) {
        this.work = b.work.toAbsolutePath().normalize();
        this.port = b.port > 0 ? b.port : FreePort.find();
        this.elasticsearchUrl = b.elasticsearchUrl;
        this.indexAlias = b.indexAlias;
        this.startTimeout = b.startTimeout;
    }

    public static Builder builder(String elasticsearchUrl) {
        return new Builder(elasticsearchUrl);
    }

    /** Launches Sling and waits until the distribution agent is there (Lede's bundle is checked by the caller). */
    public SlingInstance start() {
        try {
            prepare();
            ProcessBuilder builder = new ProcessBuilder(command())
                    .directory(work.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(launcherLog().toFile()));
            process = builder.start().toHandle();
            Files.writeString(pidFile(), Long.toString(process.pid()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot launch Sling in " + work, e);
        }
        http = new SlingHttp(url(), "admin", "admin");
        long started = System.nanoTime();
        try {
            Await.until(startTimeout, "Sling's distribution agent '" + AGENT + "' at " + url(), () -> {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Sling exited during start-up\n" + diagnostics());
                }
                return http.agentReady(AGENT);
            });
        } catch (AssertionError | RuntimeException e) {
            String diagnostics = diagnostics();
            close();
            throw new IllegalStateException(e.getMessage() + "\n" + diagnostics, e);
        }
        System.out.printf(java.util.Locale.ROOT, "Apache Sling ready at %s in %.1f s (logs: %s, %s)%n", url(),
                (System.nanoTime() - started) / 1e9, launcherLog(), slingLog());
        return this;
    }

    public String url() {
        return "http://localhost:" + port;
    }

    public int port() {
        return port;
    }

    /** Admin HTTP client of this instance (the test's and demo's editor; Lede itself never uses it). */
    public SlingHttp http() {
        return http;
    }

    /** Sling's own log (org.apache.sling.commons.log): where bundles, Lede's included, log through SLF4J. */
    public Path slingLog() {
        return work.resolve("home").resolve("logs").resolve("error.log");
    }

    /** The launcher's console output (start-up, artifact downloads, framework errors). */
    public Path launcherLog() {
        return work.resolve("launcher.log");
    }

    public Path work() {
        return work;
    }

    /** The last lines of both logs, for failure messages. */
    public String diagnostics() {
        return LogTail.of(launcherLog(), 40) + "\n" + LogTail.of(slingLog(), 80);
    }

    @Override
    public void close() {
        if (process == null) {
            return;
        }
        List<ProcessHandle> tree = process.descendants().toList();
        process.destroy();
        boolean exited = awaitExit(process);
        for (ProcessHandle child : tree) {
            if (!exited || child.isAlive()) {
                child.destroyForcibly();
            }
        }
        if (!exited) {
            process.destroyForcibly();
            awaitExit(process);
        }
        process = null;
        try {
            Files.deleteIfExists(pidFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean awaitExit(ProcessHandle p) {
        try {
            p.onExit().get(STOP_GRACE.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !p.isAlive();
        }
    }

    /** Where the launcher's pid is kept, next to (not in) the work directory, which each start empties. */
    private Path pidFile() {
        return work.resolveSibling(work.getFileName() + ".pid");
    }

    /** Kills a Sling left running in this work directory by an earlier JVM that was killed before closing it. */
    private void reapOrphan() throws IOException {
        Path pidFile = pidFile();
        if (!Files.exists(pidFile)) {
            return;
        }
        try {
            ProcessHandle.of(Long.parseLong(Files.readString(pidFile).trim()))
                    .filter(p -> p.info().commandLine()
                            .map(c -> c.contains(MAIN) && c.contains(work.toString())).orElse(false))
                    .ifPresent(p -> {
                        p.destroyForcibly();
                        awaitExit(p);
                    });
        } catch (NumberFormatException e) {
            // unreadable pid file: nothing we can safely kill
        }
        Files.delete(pidFile);
    }

    private void prepare() throws IOException {
        reapOrphan();
        if (Files.exists(work)) {
            try (Stream<Path> walk = Files.walk(work)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(work.resolve("home"));
        for (String feature : List.of(STARTER_FEATURE, LEDE_FEATURE)) {
            try (InputStream in = SlingInstance.class.getResourceAsStream(FEATURES + feature)) {
                if (in == null) {
                    throw new IllegalStateException("feature " + feature + " is not on the class path");
                }
                Files.copy(in, work.resolve(feature));
            }
        }
        Path bundle = SlingSettings.ledeBundle();
        if (!Files.isRegularFile(bundle)) {
            throw new IllegalStateException("Lede's bundle " + bundle
                    + " is missing: build with mvn verify (pre-integration-test copies it)");
        }
        Path inRepo = work.resolve("repository").resolve(LEDE_BUNDLE_REPO_PATH);
        Files.createDirectories(inRepo.getParent());
        Files.copy(bundle, inRepo, StandardCopyOption.REPLACE_EXISTING);
    }

    private List<String> command() {
        Path launcher = SlingSettings.launcherDirectory();
        if (!Files.isDirectory(launcher)) {
            throw new IllegalStateException("the Sling feature launcher is missing in " + launcher
                    + ": build with mvn verify (pre-integration-test copies it)");
        }
        String repositories = String.join(",",
                work.resolve("repository").toUri().toString(),
                SlingSettings.mavenRepository().toUri().toString(),
                "https://repo.maven.apache.org/maven2");
        List<String> cmd = new ArrayList<>(List.of(
                HarnessProperties.javaHome().resolve("bin").resolve("java").toString(),
                "-Xmx" + SlingSettings.heap(),
                "-Djava.awt.headless=true",
                "-cp", launcher.toAbsolutePath() + "/*",
                MAIN,
                "-p", work.resolve("home").toString(),
                "-c", SlingSettings.launcherCache().toString(),
                "-u", repositories,
                "-f", work.resolve(STARTER_FEATURE).toString(),
                "-f", work.resolve(LEDE_FEATURE).toString(),
                "-D", "org.osgi.service.http.port=" + port,
                "-D", "sling.home=" + work.resolve("home")));
        variables().forEach((k, v) -> {
            cmd.add("-V");
            cmd.add(k + "=" + v);
        });
        return cmd;
    }

    private Map<String, String> variables() {
        return Map.of(
                "sling.home", work.resolve("home").toString(),
                "lede.sling.url", url(),
                "lede.es.hosts", elasticsearchUrl,
                "lede.index.alias", indexAlias,
                // the loopback importer's password: fresh for each launch, never written anywhere but the repository
                "lede.importer.password", HexFormat.of().formatHex(new SecureRandom().generateSeed(16)));
    }

    public static final class Builder {
        private final String elasticsearchUrl;
        private Path work = Path.of(System.getProperty("lede.work", "target/it-work")).resolve("sling");
        private int port;
        private String indexAlias = "lede-sling";
        private Duration startTimeout = Duration.ofMinutes(6);

        private Builder(String elasticsearchUrl) {
            this.elasticsearchUrl = elasticsearchUrl;
        }

        public Builder work(Path dir) {
            this.work = dir;
            return this;
        }

        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder indexAlias(String alias) {
            this.indexAlias = alias;
            return this;
        }

        public Builder startTimeout(Duration timeout) {
            this.startTimeout = timeout;
            return this;
        }

        public SlingInstance build() {
            return new SlingInstance(this);
        }
    }
}
