package io.lede.backfill;

import io.lede.index.IndexAction;
import io.lede.index.IndexOutcome;
import java.util.List;

/** Writes a batch in one bulk request, one outcome per action in order ({@code BulkIndexer::write}). */
@FunctionalInterface
public interface BulkWriter {
    List<IndexOutcome> write(List<IndexAction> actions);
}
