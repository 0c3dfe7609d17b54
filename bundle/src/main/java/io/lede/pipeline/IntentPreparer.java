package io.lede.pipeline;

import io.lede.index.IndexAction;
import io.lede.queue.PublishIntent;

/** Turns an intent into its index write ({@link PublishProcessor#prepare} in the bundle). */
@FunctionalInterface
public interface IntentPreparer {
    IndexAction prepare(PublishIntent intent) throws ProcessingException;
}
