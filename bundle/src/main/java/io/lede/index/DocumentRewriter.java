package io.lede.index;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Builds a document again from a stored one (the reindex's re-enrichment; implemented by the pipeline). */
public interface DocumentRewriter {
    /** The enrichment version that fresh documents carry. */
    String currentEnrichmentVersion();

    /** The stored document enriched again; throws with a reason when the stored fields cannot be read. */
    ObjectNode rewrite(String id, ObjectNode stored, long version) throws Exception;
}
