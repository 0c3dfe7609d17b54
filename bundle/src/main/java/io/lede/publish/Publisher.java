package io.lede.publish;

import io.lede.queue.PublishIntent;
import io.lede.queue.QueueFullException;
import java.io.IOException;

/** Accepts publish intents durably; implemented by the pipeline, used by the publish hooks. */
public interface Publisher {
    /** Returns once the intent is on disk. */
    void submit(PublishIntent intent) throws IOException, QueueFullException;
}
