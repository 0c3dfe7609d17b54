package io.lede.pipeline;

import io.lede.enrich.EnrichmentFactory.EnrichmentSettings;
import io.lede.index.ElasticsearchSettings;
import io.lede.parse.ParseLimits;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Everything the publish pipeline needs to run, as plain values (the OSGi configuration maps onto this).
 *
 * @param elasticsearch   the cluster
 * @param alias           the index alias
 * @param replicas        replicas of the article index
 * @param publishBaseUrl  where path-only articles are fetched (publish tier or dispatcher)
 * @param pageSuffix      appended to content paths when fetching, e.g. ".html"
 * @param fetchTimeout    timeout of one page fetch
 * @param queueDirectory  where the durable queue lives
 * @param queueCapacity   maximum waiting intents
 * @param batchSize       articles per bulk request
 * @param maxAttempts     attempts before an article failing for its own reasons is dead-lettered
 * @param enrichThreads   enrichment worker threads
 * @param parseLimits     Tika limits
 * @param enrichment      languages and enrichment settings
 * @param retryBase       first retry delay; doubles per attempt
 * @param retryMax        longest retry delay
 */
public record PipelineSettings(ElasticsearchSettings elasticsearch, String alias, int replicas, String publishBaseUrl,
                               String pageSuffix, Duration fetchTimeout, Path queueDirectory, int queueCapacity,
                               int batchSize, int maxAttempts, int enrichThreads, ParseLimits parseLimits,
                               EnrichmentSettings enrichment, Duration retryBase, Duration retryMax) {
}
