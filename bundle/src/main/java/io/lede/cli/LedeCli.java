package io.lede.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Entry point of {@code bin/lede}. Standard output carries only JSON; everything else goes to stderr. */
public final class LedeCli {
    private LedeCli() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream json = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false,
                StandardCharsets.UTF_8);
        System.setOut(System.err); // libraries that print must not corrupt the JSON stream
        int code = run(args, json, System.in);
        json.flush();
        System.exit(code);
    }

    static int run(String[] args, PrintStream out, java.io.InputStream in) throws Exception {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("help")) {
            usage();
            return args.length == 0 ? 2 : 0;
        }
        String command = args[0];
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        if (command.equals("enrich")) {
            return new EnrichCommand(out, in).run(rest);
        }
        if (command.equals("backfill")) {
            return new BackfillCommand(out, System.err).run(rest);
        }
        if (command.equals("reindex")) {
            return new ReindexCommand(out).run(rest);
        }
        System.err.println("lede: unknown command '" + command + "'");
        usage();
        return 2;
    }

    private static void usage() {
        System.err.println("""
                usage:
                  lede enrich --jsonl          read JSON Lines documents on stdin, write enrichment JSON Lines
                  lede enrich FILE...          enrich HTML, PDF, DOCX, ODT or text files (pretty JSON per file)""");
        System.err.println(BackfillCommand.USAGE);
        System.err.println("""
                  lede demo                    start Elasticsearch + Felix + the bundle and publish the samples
                  lede reindex --elasticsearch URL --alias ALIAS [--only-older | --copy] [--grace-seconds N]
                                               zero-downtime reindex: new versioned index, copy or enrich again,
                                               atomic alias switch, old index deleted after the grace period
                """);
    }
}
