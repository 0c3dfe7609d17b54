package io.lede.pipeline;

import io.lede.index.IndexAction;
import io.lede.index.IndexOutcome;
import java.util.List;

/** Writes index actions in one request ({@link io.lede.index.BulkIndexer#write} in the bundle). */
@FunctionalInterface
public interface BulkWriter {
    /** Outcomes in the order of {@code actions}; cluster trouble is a {@code TRANSIENT} outcome, not an exception. */
    List<IndexOutcome> write(List<IndexAction> actions);
}
