package io.lede.topics;

import java.util.List;
import java.util.Map;

/**
 * One IPTC Media Topic concept.
 *
 * @param code      e.g. {@code medtop:20000574}
 * @param parent    the broader concept's code, null for a level-1 topic
 * @param level     1 for the 17 top topics
 * @param retired   retired concepts are kept to resolve old codes but never assigned
 * @param labels    label per language code (en, fr, de, es, pt)
 * @param ancestors codes from the level-1 topic down to and including this one
 */
public record MediaTopic(String code, String parent, int level, boolean retired, Map<String, String> labels,
                         List<String> ancestors) {
    public MediaTopic {
        labels = Map.copyOf(labels);
        ancestors = List.copyOf(ancestors);
    }

    /** The label in {@code language}, falling back to English. */
    public String label(String language) {
        String label = labels.get(language);
        return label != null ? label : labels.getOrDefault("en", code);
    }

    public String topLevel() {
        return ancestors.get(0);
    }
}
