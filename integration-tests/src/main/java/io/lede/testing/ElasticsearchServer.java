package io.lede.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One real Elasticsearch node, run from an unpacked distribution as a child process.
 *
 * <p>The distribution directory is shared (plugins are installed into it once); everything the node writes
 * lives in its own {@link #nodeDir()}: {@code config/} (via {@code ES_PATH_CONF}), {@code data/},
 * {@code logs/}, {@code tmp/} and {@code console.log}. When running as root the node runs as a system user
 * (see {@link ServiceUser}). {@link #start()} may be called again after {@link #stop()} or {@link #kill()}:
 * the node comes back on the same ports and data directory.
 */
public final class ElasticsearchServer implements AutoCloseable {
    private static final Duration POLL_INTERVAL = Duration.ofMillis(250);
    private static final int LOG_TAIL_LINES = 80;

    private final ElasticsearchDistribution distribution;
    private final List<Path> plugins;
    private final Path javaHome;
    private final Path nodeDir;
    private final String nodeName;
    private final int httpPort;
    private final int transportPort;
    private final Map<String, Object> settings;
    private final Map<String, byte[]> configFiles;
    private final String heap;
    private final boolean keepDataFromEarlierRuns;
    private final Duration startTimeout;
    private final Duration stopTimeout;
    private final ServiceUser user;
    private final ClusterHealthProbe healthProbe;

    /** Volatile: the shutdown hook reads it without the lock, which a hanging start() may hold. */
    private volatile NodeProcess process;
    private boolean prepared;
    private Duration lastStartDuration;
    private Thread shutdownHook;

    private ElasticsearchServer(Builder builder) {
        this.distribution = ElasticsearchDistribution.at(builder.home);
        this.plugins = List.copyOf(builder.plugins);
        this.javaHome = builder.javaHome;
        this.nodeName = builder.nodeName;
        this.nodeDir = builder.workDir.toAbsolutePath().normalize().resolve(builder.nodeName);
        this.httpPort = builder.httpPort != 0 ? builder.httpPort : FreePort.find();
        this.transportPort = builder.transportPort != 0 ? builder.transportPort : FreePort.find();
        this.heap = builder.heap;
        this.keepDataFromEarlierRuns = builder.keepData;
        this.startTimeout = builder.startTimeout;
        this.stopTimeout = builder.stopTimeout;
        this.configFiles = Map.copyOf(builder.configFiles);
        this.user = ServiceUser.forCurrentProcess(builder.userName);
        this.healthProbe = new ClusterHealthProbe(builder.httpClient, Optional.ofNullable(builder.authorization));
        this.settings = new LinkedHashMap<>();
        settings.put("cluster.name", builder.clusterName);
        settings.put("node.name", builder.nodeName);
        settings.put("network.host", "127.0.0.1");
        settings.put("http.port", Integer.toString(httpPort));
        settings.put("transport.port", Integer.toString(transportPort));
        settings.put("path.data", nodeDir.resolve("data").toString());
        settings.put("path.logs", nodeDir.resolve("logs").toString());
        settings.put("discovery.type", "single-node");
        settings.put("xpack.security.enabled", "false");
        // crowded CI disks must not flip indices to read-only mid-test
        settings.put("cluster.routing.allocation.disk.threshold_enabled", "false");
        builder.settings.forEach((key, value) -> {
            if (value == null) {
                settings.remove(key);
            } else {
                settings.put(key, value);
            }
        });
    }

    /** A builder preconfigured from {@link HarnessProperties} (distribution, plugin zip, work dir). */
    public static Builder builder() {
        return new Builder(HarnessProperties.home())
                .plugin(HarnessProperties.plugin())
                .workDir(HarnessProperties.work())
                .javaHome(HarnessProperties.javaHome());
    }

    public static Builder builder(Path distributionHome) {
        return new Builder(distributionHome);
    }

    /** Starts the node and blocks until the cluster is yellow or better. */
    public synchronized ElasticsearchServer start() {
        if (isRunning()) {
            throw new IllegalStateException("node " + nodeName + " is already running");
        }
        Instant begin = Instant.now();
        prepare();
        NodeProcess.reapOrphan(pidFile(), nodeDir.toString(), stopTimeout);
        Map<String, String> env = Map.of(
                "ES_JAVA_HOME", javaHome.toString(),
                "ES_PATH_CONF", nodeDir.resolve("config").toString(),
                "ES_TMPDIR", nodeDir.resolve("tmp").toString());
        List<String> command = user.wrap(List.of(distribution.bin("elasticsearch").toString(),
                "-p", nodeDir.resolve("logs").resolve("elasticsearch.pid").toString()));
        process = NodeProcess.start(command, env, consoleLog(), pidFile());
        registerShutdownHook();
        awaitReady(begin);
        lastStartDuration = Duration.between(begin, Instant.now());
        System.out.printf("Elasticsearch node %s ready at %s in %.1f s (log: %s)%n",
                nodeName, httpUrl(), lastStartDuration.toMillis() / 1000.0, consoleLog());
        return this;
    }

    /** Graceful shutdown (SIGTERM), escalating to SIGKILL after the stop timeout. Idempotent. */
    public synchronized void stop() {
        if (process != null) {
            process.stop(stopTimeout);
            process = null;
        }
    }

    /** Simulates a crash (SIGKILL). The data directory is kept; {@link #start()} brings the node back. */
    public synchronized void kill() {
        if (process != null) {
            process.kill(stopTimeout);
            process = null;
        }
    }

    @Override
    public synchronized void close() {
        stop();
        if (shutdownHook != null && !Thread.currentThread().equals(shutdownHook)) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException e) {
                // already shutting down: the hook is running or has run
            }
            shutdownHook = null;
        }
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** Base URL without trailing slash, e.g. {@code http://127.0.0.1:41234}. */
    public String httpUrl() {
        return scheme() + "://127.0.0.1:" + httpPort;
    }

    public int httpPort() {
        return httpPort;
    }

    /** Transport address, for {@code discovery.seed_hosts} of other nodes. */
    public String transportAddress() {
        return "127.0.0.1:" + transportPort;
    }

    public String nodeName() {
        return nodeName;
    }

    public String clusterName() {
        return String.valueOf(settings.get("cluster.name"));
    }

    public Path nodeDir() {
        return nodeDir;
    }

    /** Combined stdout/stderr of every start of this node. */
    public Path consoleLog() {
        return nodeDir.resolve("console.log");
    }

    /** Wall time of the last successful {@link #start()}, from launch to yellow health. */
    public Optional<Duration> lastStartDuration() {
        return Optional.ofNullable(lastStartDuration);
    }

    public String logTail() {
        return LogTail.of(consoleLog(), LOG_TAIL_LINES);
    }

    private String scheme() {
        return "true".equals(String.valueOf(settings.get("xpack.security.http.ssl.enabled"))) ? "https" : "http";
    }

    private Path pidFile() {
        return nodeDir.resolve("harness.pid");
    }

    private void prepare() {
        plugins.forEach(plugin -> distribution.installPlugin(plugin, javaHome));
        distribution.ensureExecutable();
        try {
            if (!prepared && !keepDataFromEarlierRuns) {
                deleteRecursively(nodeDir.resolve("data"));
            }
            Path config = nodeDir.resolve("config");
            if (!Files.isDirectory(config)) {
                copyRecursively(distribution.configTemplate(), config);
            }
            for (String dir : List.of("data", "logs", "tmp")) {
                Files.createDirectories(nodeDir.resolve(dir));
            }
            Files.writeString(config.resolve("elasticsearch.yml"), YamlSettings.render(settings));
            Files.createDirectories(config.resolve("jvm.options.d"));
            Files.writeString(config.resolve("jvm.options.d").resolve("heap.options"),
                    "-Xms" + heap + "\n-Xmx" + heap + "\n");
            for (Map.Entry<String, byte[]> file : configFiles.entrySet()) {
                Path target = config.resolve(file.getKey()).normalize();
                if (!target.startsWith(config)) {
                    throw new IllegalArgumentException("config file outside config dir: " + file.getKey());
                }
                Files.createDirectories(target.getParent());
                Files.write(target, file.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + nodeDir, e);
        }
        user.ensureExists();
        user.own(nodeDir);
        user.checkCanRead(distribution.home().resolve("lib"));
        user.checkCanRead(javaHome.resolve("bin").resolve("java"));
        prepared = true;
    }

    private void awaitReady(Instant begin) {
        Instant deadline = begin.plus(startTimeout);
        while (Instant.now().isBefore(deadline)) {
            if (healthProbe.isReady(httpUrl())) {
                return;
            }
            if (exitedWithin(POLL_INTERVAL)) {
                process = null;
                throw new IllegalStateException("Elasticsearch node " + nodeName + " exited during startup\n" + logTail());
            }
        }
        stop();
        throw new IllegalStateException("Elasticsearch node " + nodeName + " not ready after " + startTimeout
                + "\n" + logTail());
    }

    /** Doubles as the poll pause: returns as soon as the process exits, or after {@code wait}. */
    private boolean exitedWithin(Duration wait) {
        try {
            process.onExit().get(wait.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Elasticsearch", e);
        }
    }

    private void registerShutdownHook() {
        if (shutdownHook == null) {
            shutdownHook = new Thread(this::stopFromShutdownHook, "stop-elasticsearch-" + nodeName);
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        }
    }

    private void stopFromShutdownHook() {
        NodeProcess running = process;
        try {
            if (running != null) {
                running.stop(stopTimeout);
            }
        } catch (RuntimeException e) {
            System.err.println("could not stop Elasticsearch node " + nodeName + ": " + e);
        }
    }

    private static void copyRecursively(Path source, Path target) throws IOException {
        Files.walkFileTree(source, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(target.resolve(source.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.copy(file, target.resolve(source.relativize(file).toString()), StandardCopyOption.REPLACE_EXISTING);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Configures a node; every setting can be overridden, and {@code null} removes a default. */
    public static final class Builder {
        private final Path home;
        private final List<Path> plugins = new ArrayList<>();
        private final Map<String, Object> settings = new LinkedHashMap<>();
        private final Map<String, byte[]> configFiles = new LinkedHashMap<>();
        private Path workDir = Path.of("target", "es-nodes");
        private Path javaHome = Path.of(System.getProperty("java.home"));
        private String nodeName = "lede-node-1";
        private String clusterName = "lede-test";
        private String userName = ServiceUser.DEFAULT_NAME;
        private String heap = "512m";
        private int httpPort;
        private int transportPort;
        private boolean keepData;
        private Duration startTimeout = Duration.ofMinutes(3);
        private Duration stopTimeout = Duration.ofSeconds(30);
        private HttpClient httpClient = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        private String authorization;

        private Builder(Path home) {
            this.home = Objects.requireNonNull(home);
        }

        public Builder plugin(Path zip) {
            plugins.add(zip);
            return this;
        }

        public Builder workDir(Path dir) {
            this.workDir = dir;
            return this;
        }

        public Builder javaHome(Path dir) {
            this.javaHome = dir;
            return this;
        }

        public Builder nodeName(String name) {
            this.nodeName = name;
            return this;
        }

        public Builder clusterName(String name) {
            this.clusterName = name;
            return this;
        }

        /** The system user to run as when the harness runs as root. */
        public Builder userName(String name) {
            this.userName = name;
            return this;
        }

        /** -Xms and -Xmx, e.g. {@code "512m"}. */
        public Builder heap(String size) {
            this.heap = size;
            return this;
        }

        /** Fixed ports (default: free ports chosen once, kept across restarts). */
        public Builder ports(int http, int transport) {
            this.httpPort = http;
            this.transportPort = transport;
            return this;
        }

        /** Any elasticsearch.yml setting; a {@link List} value is written as a YAML list, {@code null} unsets. */
        public Builder setting(String key, Object value) {
            settings.put(key, value);
            return this;
        }

        /** A file placed in the node's config dir before each start, e.g. certificates for TLS tests. */
        public Builder configFile(String relativePath, byte[] content) {
            configFiles.put(relativePath, content.clone());
            return this;
        }

        /** Keep data from an earlier JVM's run of this node (default: wiped on the first start). */
        public Builder keepData() {
            this.keepData = true;
            return this;
        }

        public Builder startTimeout(Duration timeout) {
            this.startTimeout = timeout;
            return this;
        }

        public Builder stopTimeout(Duration timeout) {
            this.stopTimeout = timeout;
            return this;
        }

        /** Client used by the readiness probe, e.g. one trusting a test CA once TLS is enabled. */
        public Builder httpClient(HttpClient client) {
            this.httpClient = client;
            return this;
        }

        /** Authorization header value for the readiness probe once security is enabled. */
        public Builder authorization(String headerValue) {
            this.authorization = headerValue;
            return this;
        }

        public ElasticsearchServer build() {
            return new ElasticsearchServer(this);
        }

        /** Builds and starts the node. */
        public ElasticsearchServer start() {
            return build().start();
        }
    }
}
