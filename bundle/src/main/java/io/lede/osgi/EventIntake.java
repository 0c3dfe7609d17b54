package io.lede.osgi;

import io.lede.publish.InvalidEventException;
import io.lede.publish.Publisher;
import io.lede.queue.PublishIntent;
import io.lede.queue.QueueFullException;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.osgi.service.event.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Shared by the publish hooks: hands mapped intents to the queue and logs every refusal clearly. */
final class EventIntake {
    private static final Logger LOG = LoggerFactory.getLogger(EventIntake.class);

    private EventIntake() {
    }

    interface Mapping {
        List<PublishIntent> map(String topic, Map<String, Object> properties) throws InvalidEventException;
    }

    static void handle(Event event, Mapping mapping, Publisher publisher) {
        Map<String, Object> props = new HashMap<>();
        for (String name : event.getPropertyNames()) {
            props.put(name, event.getProperty(name));
        }
        List<PublishIntent> intents;
        try {
            intents = mapping.map(event.getTopic(), props);
        } catch (InvalidEventException e) {
            LOG.error("Ignored publish event: {}", e.getMessage());
            return;
        } catch (RuntimeException e) {
            LOG.error("Ignored unreadable publish event on {}: {}", event.getTopic(), e.toString());
            return;
        }
        for (PublishIntent intent : intents) {
            try {
                publisher.submit(intent);
                LOG.debug("Queued {} of {} from {}", intent.action(), intent.articleId(), intent.origin());
            } catch (IOException | QueueFullException e) {
                LOG.error("Could not queue {} of {}: {}", intent.action(), intent.articleId(), e.getMessage());
            }
        }
    }
}
