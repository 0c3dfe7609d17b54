package io.lede.topics;

/**
 * How the topic tagger is configured.
 *
 * @param rulesFile path of the newsroom's rules JSON file (see {@link TopicRules}), empty for none; it is
 *                  re-read when it changes, and its own minScore/maxTopics win over the two below
 * @param minScore  automatic topics scoring below this are dropped (the best one is kept regardless)
 * @param maxTopics at most this many topics per article, rule topics included
 * @param fallbackTopic given, with a low score, to an article with text but no cue of any topic; empty for none
 */
public record TopicSettings(String rulesFile, double minScore, int maxTopics, String fallbackTopic) {
    /** Scores are calibrated probabilities: by default a topic is given when it is more likely right than not. */
    public static final double DEFAULT_MIN_SCORE = 0.5;
    public static final int DEFAULT_MAX_TOPICS = 4;
    /** Human interest: the catch-all of IPTC's level-1 topics. */
    public static final String DEFAULT_FALLBACK_TOPIC = "medtop:08000000";

    public TopicSettings {
        rulesFile = rulesFile == null ? "" : rulesFile.strip();
        fallbackTopic = fallbackTopic == null ? "" : fallbackTopic.strip();
        if (maxTopics < 1) {
            throw new IllegalArgumentException("maxTopics must be at least 1");
        }
    }

    public static TopicSettings defaults() {
        return new TopicSettings("", DEFAULT_MIN_SCORE, DEFAULT_MAX_TOPICS, DEFAULT_FALLBACK_TOPIC);
    }
}
