package io.lede.publish;

import io.lede.queue.PublishIntent;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * AEM replication events ({@code com/day/cq/replication}): ACTIVATE publishes, DEACTIVATE and DELETE
 * unpublish. Events from other cluster instances (with {@code event.application}) are not ours to handle.
 */
public final class ReplicationEventMapper {
    public static final String TOPIC = "com/day/cq/replication";
    private static final String ORIGIN = "aem-replication";

    private final ContentRoots roots;
    private final Clock clock;

    public ReplicationEventMapper(ContentRoots roots, Clock clock) {
        this.roots = roots;
        this.clock = clock;
    }

    public List<PublishIntent> map(Map<String, ?> properties) throws InvalidEventException {
        EventProperties p = new EventProperties(TOPIC, properties);
        if (p.has("event.application")) {
            return List.of();
        }
        String type = p.requiredString("type").toUpperCase(Locale.ROOT);
        List<String> paths = p.strings("paths");
        if (paths.isEmpty()) {
            paths = p.strings("path");
        }
        if (paths.isEmpty()) {
            throw new InvalidEventException("event " + TOPIC + " (" + type + ") has no paths");
        }
        Instant when = p.instant("modificationDate");
        long version = (when == null ? clock.instant() : when).toEpochMilli();
        List<PublishIntent> out = new ArrayList<>();
        for (String path : paths) {
            if (!roots.contains(path)) {
                continue;
            }
            switch (type) {
                case "ACTIVATE" -> out.add(PublishIntent.publishPath(path, version, ORIGIN));
                case "DEACTIVATE", "DELETE" -> out.add(PublishIntent.unpublish(path, version, ORIGIN));
                default -> {
                    return List.of(); // TEST, INTERNAL_POLL, REVERSE: not a publication change
                }
            }
        }
        return out;
    }
}
