package io.lede.pipeline;

import io.lede.api.ArticleSource;
import io.lede.enrich.Enricher;
import io.lede.index.ArticleDocuments;
import io.lede.index.BulkIndexer;
import io.lede.parse.TikaParsing;

/**
 * What the running pipeline shares with jobs beside the live publishes (the backfill): parsing, enrichment,
 * document building, the bulk indexer of the alias and the publish tier.
 */
public record PipelineServices(TikaParsing tika, Enricher enricher, ArticleDocuments documents, BulkIndexer indexer,
                               ArticleSource pages) {
}
