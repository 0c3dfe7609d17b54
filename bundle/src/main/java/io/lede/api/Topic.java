package io.lede.api;

import java.util.List;

/**
 * An IPTC Media Topic given to an article.
 *
 * @param code      the topic code, e.g. {@code medtop:11000000}
 * @param label     label in the article's language (English where IPTC has none)
 * @param score     0..1
 * @param ancestors codes from the level-1 topic down to and including this one
 * @param evidence  why it was given (matched keywords, entities, rules)
 */
public record Topic(String code, String label, double score, List<String> ancestors, List<String> evidence) {
    public Topic {
        ancestors = ancestors == null ? List.of(code) : List.copyOf(ancestors);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /** The level-1 ancestor code. */
    public String topLevel() {
        return ancestors.isEmpty() ? code : ancestors.get(0);
    }
}
