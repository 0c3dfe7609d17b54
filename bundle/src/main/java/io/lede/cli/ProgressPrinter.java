package io.lede.cli;

import io.lede.backfill.BackfillStatus;
import java.io.PrintStream;
import java.util.function.Supplier;

/**
 * Shows a backfill's progress on stderr: a bar redrawn in place (carriage return) on a terminal, a line every
 * few seconds otherwise (logs, CI).
 */
final class ProgressPrinter implements AutoCloseable {
    private static final int BAR = 30;

    private final Supplier<BackfillStatus> status;
    private final PrintStream err;
    private final boolean terminal;
    private final Thread thread;
    private volatile boolean running = true;

    ProgressPrinter(Supplier<BackfillStatus> status, PrintStream err, boolean terminal, int everySeconds) {
        this.status = status;
        this.err = err;
        this.terminal = terminal;
        long periodMillis = everySeconds > 0 ? everySeconds * 1000L : terminal ? 500 : 10_000;
        this.thread = new Thread(() -> loop(periodMillis), "lede-backfill-progress");
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    private void loop(long periodMillis) {
        while (running) {
            try {
                Thread.sleep(periodMillis);
            } catch (InterruptedException e) {
                return;
            }
            print(status.get());
        }
    }

    private synchronized void print(BackfillStatus s) {
        if (terminal) {
            err.print("\r" + bar(s) + " " + s.line() + "   ");
        } else {
            err.println("lede backfill: " + s.line());
        }
        err.flush();
    }

    static String bar(BackfillStatus s) {
        int filled = s.total() > 0 ? (int) Math.min(BAR, s.settled() * BAR / s.total()) : 0;
        return "[" + "#".repeat(filled) + ".".repeat(BAR - filled) + "]";
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.interrupt();
        thread.join(2000);
        print(status.get());
        if (terminal) {
            err.println();
        }
    }
}
