package io.lede.osgi;

/**
 * Lede's pipeline as operators see it over JMX ({@code io.lede:type=Pipeline,alias=<alias>}): health,
 * queue, counters, and the dead letters with the operations to retry or drop them. Never shows secrets.
 */
public interface PipelineStatusMBean {
    /** "running", "loading models", "waiting for Elasticsearch: ...", ... */
    String getState();

    boolean isElasticsearchReachable();

    /** True when running, Elasticsearch answers and no intent waited longer than the staleness limit. */
    boolean isHealthy();

    int getQueuedIntents();

    int getQueuedArticles();

    long getOldestPendingAgeSeconds();

    int getDeadLetterCount();

    /** One line per dead letter: sequence number, action, article, attempts, reason. */
    String[] getDeadLetters();

    long getIndexed();

    long getDeleted();

    long getSuperseded();

    long getRetried();

    long getFailed();

    double getMeanPrepareMillis();

    double getMeanBulkMillis();

    String getLastError();

    String getElasticsearch();

    /** One line per backfill job: name, state, count, rate, ETA, failures. */
    String[] getBackfills();

    boolean retryDeadLetter(long seq) throws Exception;

    boolean dropDeadLetter(long seq) throws Exception;
}
