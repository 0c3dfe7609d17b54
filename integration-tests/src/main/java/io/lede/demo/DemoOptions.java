package io.lede.demo;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * The demo's command line.
 *
 * @param once          print the report and exit instead of running until Ctrl-C
 * @param elasticsearch an existing cluster to index into (empty: start a private node)
 * @param alias         the index alias Lede writes to
 * @param timeout       how long to wait for every sample article to be indexed
 * @param work          where to keep the node's data, Felix's cache and the log (empty: {@link DemoDirectory#root()})
 */
public record DemoOptions(boolean once, Optional<String> elasticsearch, String alias, Duration timeout,
                          Optional<Path> work) {
    public static final String DEFAULT_ALIAS = "lede-demo";
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);

    public static final String USAGE = """
            usage: lede demo [--once] [--elasticsearch URL] [--alias NAME] [--timeout SECONDS] [--work DIR]

            Starts Elasticsearch, a publish tier serving the sample articles and Felix with the Lede bundle,
            publishes every sample through the AEM replication hook, waits until all are indexed and prints
            what Lede made of them. Then keeps running until Ctrl-C.

              --once               print the report and exit (for scripts, tests and CI)
              --elasticsearch URL  index into this cluster instead of starting a private node
              --alias NAME         index alias (default lede-demo)
              --timeout SECONDS    how long to wait for the articles to be indexed (default 120)
              --work DIR           Elasticsearch data, Felix cache and logs (default integration-tests/target/demo)

            lede demo --sling [options]: the same in a real Apache Sling 12, published through Sling Content
            Distribution (--sling comes first; the options above apply).
            """;

    /** Thrown for a command line the demo does not understand; the message says why. */
    public static final class UsageException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    /** Answers null for {@code --help}. */
    public static DemoOptions parse(String... args) {
        boolean once = false;
        String elasticsearch = null;
        String alias = DEFAULT_ALIAS;
        Duration timeout = DEFAULT_TIMEOUT;
        Path work = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--once" -> once = true;
                case "--elasticsearch" -> elasticsearch = stripTrailingSlash(value(args, ++i, "--elasticsearch"));
                case "--alias" -> alias = value(args, ++i, "--alias");
                case "--timeout" -> timeout = Duration.ofSeconds(seconds(value(args, ++i, "--timeout")));
                case "--work" -> work = Path.of(value(args, ++i, "--work")).toAbsolutePath().normalize();
                case "--help", "-h" -> {
                    return null;
                }
                default -> throw new UsageException("unknown option " + args[i]);
            }
        }
        return new DemoOptions(once, Optional.ofNullable(elasticsearch), alias, timeout, Optional.ofNullable(work));
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length || args[index].startsWith("--")) {
            throw new UsageException(option + " needs a value");
        }
        return args[index];
    }

    private static long seconds(String text) {
        try {
            long seconds = Long.parseLong(text);
            if (seconds > 0) {
                return seconds;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--timeout needs a positive number of seconds, not " + text);
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
