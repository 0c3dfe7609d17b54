package io.lede.api;

/**
 * Turns a content path from a path-only publish event (AEM replication, Sling distribution) into the
 * article as readers see it.
 */
public interface ArticleSource {
    /**
     * @throws ArticleSourceException with {@link ArticleSourceException#isTransient()} telling whether a
     *                                retry may help (network, 5xx) or not (404, not an article)
     */
    Article fetch(String path) throws ArticleSourceException;
}
