package io.lede.backfill;

import java.io.IOException;

/** Streams an archive's inputs one by one, in a stable order; never holds the whole archive in memory. */
public interface ItemReader extends AutoCloseable {
    /** The next input, or null at the end. */
    BackfillItem next() throws IOException;

    @Override
    void close() throws IOException;
}
