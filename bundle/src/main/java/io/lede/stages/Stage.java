package io.lede.stages;

import java.util.Locale;

/** The timed steps of the publish path, in the order an article goes through them. */
public enum Stage {
    FETCH, PARSE, LANGUAGE, ENTITIES, TOPICS, INDEX;

    /** The name used in status output, e.g. {@code "entities"}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
