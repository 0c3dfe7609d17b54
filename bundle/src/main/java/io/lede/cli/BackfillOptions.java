package io.lede.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The options of {@code lede backfill}, checked; {@link #error()} says what is wrong, if anything. */
final class BackfillOptions {
    String elasticsearch;
    String alias = "lede-articles";
    int replicas = 1;
    Path dir;
    Path jsonl;
    Path paths;
    String publishTier;
    String pageSuffix = ".html";
    boolean resume;
    Path state;
    int threads = Runtime.getRuntime().availableProcessors();
    int bulkCount = 500;
    long bulkBytes = 5L << 20;
    int progressSeconds = 0;
    int maxPerSecond = 0;
    final ClusterAccess access = new ClusterAccess();
    private final List<String> errors = new ArrayList<>();

    static BackfillOptions parse(String[] args) {
        BackfillOptions o = new BackfillOptions();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--resume")) {
                o.resume = true;
                continue;
            }
            if (o.access.flag(a)) {
                continue;
            }
            if (i + 1 >= args.length) {
                o.errors.add(a.startsWith("--") ? a + " needs a value" : "unexpected argument " + a);
                break;
            }
            String v = args[++i];
            switch (a) {
                case "--elasticsearch" -> o.elasticsearch = v;
                case "--alias" -> o.alias = v;
                case "--replicas" -> o.replicas = o.number(a, v, 0, 10);
                case "--dir" -> o.dir = Path.of(v);
                case "--jsonl" -> o.jsonl = Path.of(v);
                case "--paths" -> o.paths = Path.of(v);
                case "--publish-tier" -> o.publishTier = v;
                case "--page-suffix" -> o.pageSuffix = v;
                case "--state" -> o.state = Path.of(v);
                case "--threads" -> o.threads = o.number(a, v, 1, 256);
                case "--bulk-count" -> o.bulkCount = o.number(a, v, 1, 100_000);
                case "--bulk-mb" -> o.bulkBytes = (long) o.number(a, v, 1, 1024) << 20;
                case "--max-per-second" -> o.maxPerSecond = o.number(a, v, 1, 1_000_000);
                case "--progress-seconds" -> o.progressSeconds = o.number(a, v, 1, 3600);
                default -> {
                    if (!o.access.option(a, v)) {
                        o.errors.add("unknown option " + a);
                    }
                }
            }
        }
        int sources = (o.dir != null ? 1 : 0) + (o.jsonl != null ? 1 : 0) + (o.paths != null ? 1 : 0);
        if (o.elasticsearch == null) {
            o.errors.add("--elasticsearch URL is required");
        }
        if (sources != 1) {
            o.errors.add("give exactly one of --dir, --jsonl, --paths");
        }
        if (o.paths != null && o.publishTier == null) {
            o.errors.add("--paths needs --publish-tier URL");
        }
        if (o.access.problem() != null) {
            o.errors.add(o.access.problem());
        }
        if (o.state == null) {
            o.state = Path.of("lede-backfill-" + o.alias);
        }
        return o;
    }

    private int number(String option, String value, int min, int max) {
        try {
            int n = Integer.parseInt(value);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(option + " must be a number from " + min + " to " + max + ", not " + value);
        return min;
    }

    /** The first problem, or null when the options are usable. */
    String error() {
        return errors.isEmpty() ? null : errors.get(0);
    }
}
