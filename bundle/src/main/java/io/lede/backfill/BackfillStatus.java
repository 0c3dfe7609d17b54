package io.lede.backfill;

import java.time.Duration;
import java.util.List;

/**
 * A backfill's progress at one moment.
 *
 * @param source      the archive
 * @param state       counting, running, stopping, stopped, done or failed: reason
 * @param total       inputs in the archive, -1 while still counting
 * @param skipped     inputs done by an earlier run (resume)
 * @param indexed     inputs written in this run
 * @param superseded  inputs the index already held in a newer version
 * @param failed      inputs that failed in this run
 * @param elapsed     time since this run started
 * @param rate        inputs per second in this run
 * @param eta         estimated time left, null when unknown
 * @param failures    the first failures of this run, with reasons
 */
public record BackfillStatus(String source, String state, long total, long skipped, long indexed, long superseded,
                             long failed, Duration elapsed, double rate, Duration eta, List<BackfillFailures.Failure> failures) {

    /** Inputs settled so far, including those of earlier runs. */
    public long settled() {
        return skipped + indexed + superseded + failed;
    }

    /** One line: "1234/10000 (12%) 56.7/s ETA 0:02:41, 3 failed". */
    public String line() {
        StringBuilder b = new StringBuilder();
        b.append(settled()).append('/').append(total < 0 ? "?" : Long.toString(total));
        if (total > 0) {
            b.append(" (").append(settled() * 100 / total).append("%)");
        }
        b.append(String.format(java.util.Locale.ROOT, " %.1f/s", rate));
        b.append(" ETA ").append(eta == null ? "?" : clock(eta));
        b.append(", ").append(indexed).append(" indexed");
        if (superseded > 0) {
            b.append(", ").append(superseded).append(" already newer");
        }
        if (skipped > 0) {
            b.append(", ").append(skipped).append(" done before");
        }
        b.append(", ").append(failed).append(" failed");
        return b.toString();
    }

    public static String clock(Duration d) {
        long s = d.toSeconds();
        return String.format(java.util.Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    }
}
