package io.lede.publish;

import io.lede.queue.PublishIntent;
import io.lede.queue.PublishIntent.InlineArticle;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Lede's CMS-neutral events, for any CMS: {@value #PUBLISH_TOPIC} carries the article itself
 * ({@code id}, {@code url}, {@code title}, {@code body} as HTML, {@code published}, {@code modified},
 * {@code section}, {@code authors}, {@code tags}, {@code language}); {@value #UNPUBLISH_TOPIC} carries
 * {@code id} and optionally {@code modified} (the time of the unpublish).
 */
public final class NeutralEventMapper {
    public static final String PUBLISH_TOPIC = "io/lede/article/PUBLISH";
    public static final String UNPUBLISH_TOPIC = "io/lede/article/UNPUBLISH";
    private static final String ORIGIN = "lede-event";

    private final ContentRoots roots;
    private final Clock clock;

    public NeutralEventMapper(ContentRoots roots, Clock clock) {
        this.roots = roots;
        this.clock = clock;
    }

    public List<PublishIntent> map(String topic, Map<String, ?> properties) throws InvalidEventException {
        EventProperties p = new EventProperties(topic, properties);
        String id = p.requiredString("id");
        try {
            return mapArticle(topic, p, id);
        } catch (InvalidEventException e) {
            throw new InvalidEventException(e.getMessage() + " (article " + id + ")");
        }
    }

    private List<PublishIntent> mapArticle(String topic, EventProperties p, String id) throws InvalidEventException {
        if (!roots.contains(p.has("path") ? p.string("path") : id)) {
            return List.of();
        }
        Instant modified = p.instant("modified");
        long version = (modified == null ? clock.instant() : modified).toEpochMilli();
        if (UNPUBLISH_TOPIC.equals(topic)) {
            return List.of(PublishIntent.unpublish(id, version, ORIGIN));
        }
        if (!PUBLISH_TOPIC.equals(topic)) {
            throw new InvalidEventException("not a Lede article topic: " + topic);
        }
        String body = p.string("body");
        String title = p.string("title");
        if (body.isBlank() && title.isBlank()) {
            throw new InvalidEventException("event " + topic + " for " + id + " has neither title nor body");
        }
        Instant published = p.instant("published");
        InlineArticle article = new InlineArticle(id, p.string("url"), title, body,
                published == null ? null : published.toString(), modified == null ? null : modified.toString(),
                p.string("section"), p.strings("authors"), p.strings("tags"), p.string("language"));
        return List.of(new PublishIntent(id, PublishIntent.Action.PUBLISH, version, p.string("path"), article, ORIGIN));
    }
}
