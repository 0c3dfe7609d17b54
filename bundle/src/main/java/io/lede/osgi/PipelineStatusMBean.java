package io.lede.osgi;

/**
 * Lede's pipeline as operators see it over JMX ({@code io.lede:type=Pipeline,alias=<alias>}): health,
 * queue, counters, and the dead letters with the operations to retry or drop them. Never shows secrets.
 */
public interface PipelineStatusMBean {
    /** "running", "loading models", "waiting for Elasticsearch: ...", ... */
    String getState();

    boolean isElasticsearchReachable();

    /** True unless the health is CRITICAL: running, Elasticsearch answers, the queue is neither full nor stuck. */
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

    /** OK, WARN or CRITICAL, then the reasons. */
    String getHealth();

    /** Per stage (fetch, parse, language, entities, topics, index): count, mean, p50, p95, p99 and max in ms. */
    String[] getStageLatencies();

    /** The whole status document as JSON (the same as the status endpoint's). */
    String getStatusJson();

    String getElasticsearch();

    /** One line per backfill job: name, state, count, rate, ETA, failures. */
    String[] getBackfills();

    boolean retryDeadLetter(long seq) throws Exception;

    boolean dropDeadLetter(long seq) throws Exception;
}
