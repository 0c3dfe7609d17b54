package io.lede.publish;

import io.lede.queue.PublishIntent;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Apache Sling Content Distribution events ({@code org/apache/sling/distribution/agent/package/distributed}):
 * ADD publishes, DELETE unpublishes. The request type is an enum of Sling's API, read by its name.
 */
public final class DistributionEventMapper {
    public static final String TOPIC = "org/apache/sling/distribution/agent/package/distributed";
    private static final String ORIGIN = "sling-distribution";

    private final ContentRoots roots;
    private final Clock clock;

    public DistributionEventMapper(ContentRoots roots, Clock clock) {
        this.roots = roots;
        this.clock = clock;
    }

    public List<PublishIntent> map(Map<String, ?> properties) throws InvalidEventException {
        EventProperties p = new EventProperties(TOPIC, properties);
        String type = p.requiredString("distribution.type").toUpperCase(Locale.ROOT);
        List<String> paths = p.strings("distribution.paths");
        if (paths.isEmpty()) {
            throw new InvalidEventException("event " + TOPIC + " (" + type + ") has no distribution.paths");
        }
        long version = clock.millis();
        List<PublishIntent> out = new ArrayList<>();
        for (String path : paths) {
            if (!roots.contains(path)) {
                continue;
            }
            switch (type) {
                case "ADD" -> out.add(PublishIntent.publishPath(path, version, ORIGIN));
                case "DELETE" -> out.add(PublishIntent.unpublish(path, version, ORIGIN));
                default -> {
                    return List.of(); // PULL, TEST, INVALIDATE: not a publication change
                }
            }
        }
        return out;
    }
}
