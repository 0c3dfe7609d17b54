package io.lede.index;

/** What a reindex does with each document of the current index. */
public enum ReindexMode {
    /** Copy every document as it is (a mapping or settings change). */
    COPY,
    /** Enrich again the documents whose {@code enrichmentVersion} is not the current one; copy the others. */
    REENRICH_OLDER,
    /** Enrich every document again from its stored article fields (a model or rules change). */
    REENRICH_ALL
}
