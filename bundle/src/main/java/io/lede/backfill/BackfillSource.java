package io.lede.backfill;

import java.io.IOException;

/** An archive to backfill: a folder of files, a JSON Lines export or a list of CMS paths. */
public interface BackfillSource {
    /** Names the archive, e.g. {@code dir:/data/archive}; a checkpoint only resumes the archive it was made for. */
    String description();

    /** Reads the inputs from the first, in the same order every time. */
    ItemReader open() throws IOException;

    /** Loads one input; runs on the worker pool. */
    LoadedArticle load(BackfillItem item) throws BackfillException;

    /** How many inputs there are (a streamed pass for the ETA). */
    default long count() throws IOException {
        long n = 0;
        try (ItemReader reader = open()) {
            while (reader.next() != null) {
                n++;
            }
        }
        return n;
    }
}
