package io.lede.osgi;

/**
 * The zero-downtime reindex over JMX ({@code io.lede:type=Reindex,alias=<alias>}): start one, follow its progress.
 */
public interface ReindexStatusMBean {
    /** IDLE, PREPARING, COPYING, CATCHING_UP, SWITCHED (grace period), DONE or FAILED. */
    String getState();

    String getMessage();

    String getSourceIndex();

    String getTargetIndex();

    long getTotal();

    /** Documents handled so far: copied, enriched again, skipped (newer in the new index) or failed. */
    long getProcessed();

    long getCopied();

    long getReenriched();

    long getSkippedNewer();

    long getFailed();

    /** Documents written again by the catch-up pass (indexed since shortly before the start). */
    long getCaughtUp();

    /** The first failures: article id and reason. */
    String[] getFailures();

    String getStartedAt();

    String getFinishedAt();

    /** Starts a reindex that enriches every document again ({@code onlyOlder}: only those of an older version). */
    String startReindex(boolean onlyOlder);

    /** Starts a reindex that copies every document as it is (mapping or settings change). */
    String startCopy();
}
