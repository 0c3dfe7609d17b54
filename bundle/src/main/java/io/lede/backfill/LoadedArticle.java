package io.lede.backfill;

import io.lede.api.Article;

/**
 * An archive input read into an article, with the external version its index write carries.
 *
 * @param article the article
 * @param version its modification (or publication) time in epoch milliseconds: a live publish of a newer version
 *                always wins, and writing the same version again changes nothing
 */
public record LoadedArticle(Article article, long version) {
    /** The version of an article without any time: below every live publish. */
    public static final long UNDATED = 1L;

    public static long versionOf(Article article, long fallback) {
        if (article.modified() != null) {
            return article.modified().toEpochMilli();
        }
        if (article.published() != null) {
            return article.published().toEpochMilli();
        }
        return fallback;
    }
}
