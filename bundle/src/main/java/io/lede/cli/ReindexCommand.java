package io.lede.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lede.enrich.EnrichmentFactory;
import io.lede.enrich.EnrichmentFactory.EnrichmentSettings;
import io.lede.index.ArticleDocuments;
import io.lede.index.DocumentRewriter;
import io.lede.index.ElasticsearchConnection;
import io.lede.index.IndexLayout;
import io.lede.index.IndexManager;
import io.lede.index.ReindexMode;
import io.lede.index.ReindexOptions;
import io.lede.index.ReindexProgress;
import io.lede.index.Reindexer;
import io.lede.pipeline.StoredArticleEnricher;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * {@code lede reindex}: a zero-downtime reindex of an alias from the command line (see {@code Reindexer}). A running
 * bundle notices the new index within a second and writes to both until the switch. Progress goes to stderr, the
 * final figures as one JSON object to stdout.
 */
final class ReindexCommand {
    private final PrintStream out;
    private final ObjectMapper mapper = new ObjectMapper();

    ReindexCommand(PrintStream out) {
        this.out = out;
    }

    /** Parsed command-line options. */
    record Options(String elasticsearch, String alias, ReindexMode mode, int replicas, long graceSeconds,
                   long settleSeconds, int maxFailures, List<String> languages, ClusterAccess access) {
    }

    static Options parse(String[] args) {
        String es = "http://localhost:9200";
        String alias = "lede-articles";
        ReindexMode mode = ReindexMode.REENRICH_ALL;
        int replicas = 1;
        long grace = ReindexOptions.DEFAULT_GRACE.toSeconds();
        long settle = ReindexOptions.DEFAULT_SETTLE.toSeconds();
        int maxFailures = 0;
        List<String> languages = EnrichmentSettings.DEFAULT_LANGUAGES;
        ClusterAccess access = new ClusterAccess();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (access.flag(a)) {
                continue;
            }
            if (List.of("--user", "--ca-cert", "--ca-fingerprint").contains(a)) {
                access.option(a, value(args, ++i, a));
                continue;
            }
            switch (a) {
                case "--only-older" -> mode = ReindexMode.REENRICH_OLDER;
                case "--copy" -> mode = ReindexMode.COPY;
                case "--elasticsearch" -> es = value(args, ++i, a);
                case "--alias" -> alias = value(args, ++i, a);
                case "--replicas" -> replicas = number(args, ++i, a);
                case "--grace-seconds" -> grace = number(args, ++i, a);
                case "--settle-seconds" -> settle = number(args, ++i, a);
                case "--max-failures" -> maxFailures = number(args, ++i, a);
                case "--languages" -> languages = Arrays.stream(value(args, ++i, a).split(","))
                        .map(String::strip).filter(s -> !s.isEmpty()).toList();
                default -> throw new IllegalArgumentException("unknown option " + a);
            }
        }
        if (access.problem() != null) {
            throw new IllegalArgumentException(access.problem());
        }
        return new Options(es, alias, mode, replicas, grace, settle, maxFailures, languages, access);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static int number(String[] args, int i, String option) {
        String v = value(args, i, option);
        try {
            int n = Integer.parseInt(v);
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a whole number >= 0, got '" + v + "'");
        }
    }

    int run(String[] args) throws Exception {
        Options o;
        try {
            o = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("lede reindex: " + e.getMessage());
            System.err.println("usage: lede reindex --elasticsearch URL --alias ALIAS [--only-older | --copy] "
                    + "[--grace-seconds N] [--settle-seconds N] [--replicas N] [--max-failures N] [--languages fr,en,...]\n"
                    + "                " + ClusterAccess.USAGE);
            return 2;
        }
        ReindexOptions options = new ReindexOptions(o.mode(), Duration.ofSeconds(o.settleSeconds()),
                Duration.ofSeconds(o.graceSeconds()), 500, o.maxFailures());
        ReindexProgress progress = new ReindexProgress();
        try (ElasticsearchConnection connection = new ElasticsearchConnection(
                o.access().settings(o.elasticsearch(), System.getenv()), mapper)) {
            IndexManager indexes = new IndexManager(connection, new IndexLayout(o.alias(), o.replicas(), mapper), mapper);
            DocumentRewriter rewriter = null;
            if (o.mode() != ReindexMode.COPY) {
                System.err.println("lede reindex: loading the enrichment models...");
                EnrichmentSettings enrichment = new EnrichmentSettings(o.languages(), "en", 3.0);
                rewriter = new StoredArticleEnricher(EnrichmentFactory.create(enrichment),
                        new ArticleDocuments(mapper, Clock.systemUTC()));
            }
            Reindexer reindexer = new Reindexer(connection, indexes, rewriter, options, progress, mapper,
                    Clock.systemUTC());
            Thread reporter = new Thread(() -> report(progress), "lede-reindex-progress");
            reporter.setDaemon(true);
            reporter.start();
            ReindexProgress.Snapshot end = reindexer.run();
            reporter.interrupt();
            System.err.println();
            out.println(mapper.writeValueAsString(json(end)));
            return end.state() == ReindexProgress.State.DONE ? 0 : 1;
        }
    }

    private static void report(ReindexProgress progress) {
        try {
            while (true) {
                ReindexProgress.Snapshot s = progress.snapshot();
                System.err.printf("\r%-11s %,d / %,d (copied %,d, enriched again %,d, newer %,d, failed %,d) %s   ",
                        s.state(), s.processed(), s.total(), s.copied(), s.reenriched(), s.skippedNewer(), s.failed(),
                        s.targetIndex());
                Thread.sleep(1000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private ObjectNode json(ReindexProgress.Snapshot s) {
        ObjectNode n = mapper.createObjectNode();
        n.put("state", s.state().name());
        n.put("message", s.message());
        n.put("sourceIndex", s.sourceIndex());
        n.put("targetIndex", s.targetIndex());
        n.put("total", s.total());
        n.put("copied", s.copied());
        n.put("reenriched", s.reenriched());
        n.put("skippedNewer", s.skippedNewer());
        n.put("failed", s.failed());
        n.put("caughtUp", s.caughtUp());
        s.failures().forEach(n.putArray("failures")::add);
        return n;
    }
}
