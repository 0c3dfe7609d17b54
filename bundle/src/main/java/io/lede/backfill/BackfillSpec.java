package io.lede.backfill;

import java.nio.file.Path;

/**
 * A backfill to run inside the bundle, however it was asked for (a configuration or {@code POST /lede/api/backfill}).
 *
 * @param name       names the job in the status and its checkpoint folder (letters, digits, {@code . _ -})
 * @param kind       where the archive is
 * @param location   the folder or file on the server
 * @param threads    enrichment threads of the job (low priority)
 * @param bulkCount  most articles per bulk request
 * @param bulkBytes  most bytes of documents per bulk request
 * @param resume     continue from the checkpoint, or start again
 * @param maxPerSecond most inputs read a second (0: no limit), so an archive load leaves the cluster to the live site
 */
public record BackfillSpec(String name, Kind kind, Path location, int threads, int bulkCount, long bulkBytes,
                           boolean resume, double maxPerSecond) {
    /** The three archive kinds. */
    public enum Kind { DIR, JSONL, PATHS }

    public BackfillSpec {
        if (name == null || !name.matches("[A-Za-z0-9._-]{1,64}")) {
            throw new IllegalArgumentException("a backfill name is 1 to 64 letters, digits, '.', '_' or '-'");
        }
        BackfillSettings.of(threads, bulkCount, bulkBytes, maxPerSecond); // the settings check the numbers
    }

    public BackfillSettings settings() {
        return BackfillSettings.of(threads, bulkCount, bulkBytes, maxPerSecond);
    }
}
