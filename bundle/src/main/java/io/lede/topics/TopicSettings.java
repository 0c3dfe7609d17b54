package io.lede.topics;

/**
 * How the topic tagger is configured.
 *
 * @param rulesFile path of the newsroom's rules JSON file (see {@link TopicRules}), empty for none; it is
 *                  re-read when it changes, and its own minScore/maxTopics win over the two below
 * @param minScore  automatic topics scoring below this are dropped (the best one is kept regardless)
 * @param maxTopics at most this many topics per article, rule topics included
 */
public record TopicSettings(String rulesFile, double minScore, int maxTopics) {
    public static final double DEFAULT_MIN_SCORE = 0.2;
    public static final int DEFAULT_MAX_TOPICS = 4;

    public TopicSettings {
        rulesFile = rulesFile == null ? "" : rulesFile.strip();
        if (maxTopics < 1) {
            throw new IllegalArgumentException("maxTopics must be at least 1");
        }
    }

    public static TopicSettings defaults() {
        return new TopicSettings("", DEFAULT_MIN_SCORE, DEFAULT_MAX_TOPICS);
    }
}
