package io.lede.queue;

import java.util.List;
import java.util.Objects;

/**
 * What a CMS asked for: publish or unpublish one article. Written to the durable queue before the event
 * handler returns.
 *
 * @param articleId  the index document id (the CMS id or content path)
 * @param action     publish or unpublish
 * @param version    orders actions on the same article: the action time in epoch milliseconds; the higher wins
 * @param path       the content path to fetch, for path-only events; empty for inline articles
 * @param inline     the article itself, for CMSs that send it with the event; null for path-only events
 * @param origin     which hook produced it (for logs and status)
 */
public record PublishIntent(String articleId, Action action, long version, String path, InlineArticle inline,
                            String origin) {
    public enum Action { PUBLISH, UNPUBLISH }

    public PublishIntent {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(action, "action");
        path = path == null ? "" : path;
        origin = origin == null ? "" : origin;
    }

    public static PublishIntent publishPath(String path, long version, String origin) {
        return new PublishIntent(path, Action.PUBLISH, version, path, null, origin);
    }

    public static PublishIntent unpublish(String articleId, long version, String origin) {
        return new PublishIntent(articleId, Action.UNPUBLISH, version, "", null, origin);
    }

    /**
     * An article carried by the event itself (Lede's CMS-neutral topic). Times are ISO-8601 strings.
     */
    public record InlineArticle(String id, String url, String title, String bodyHtml, String published,
                                String modified, String section, List<String> authors, List<String> tags,
                                String language) {
        public InlineArticle {
            authors = authors == null ? List.of() : List.copyOf(authors);
            tags = tags == null ? List.of() : List.copyOf(tags);
        }
    }
}
