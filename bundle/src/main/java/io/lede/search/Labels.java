package io.lede.search;

import com.fasterxml.jackson.databind.JsonNode;
import io.lede.topics.MediaTopicVocabulary;
import java.util.ArrayList;
import java.util.List;

/** Labels in the reader's language: entities from their indexed per-language labels, topics from IPTC. */
final class Labels {
    private final MediaTopicVocabulary topics;

    Labels(MediaTopicVocabulary topics) {
        this.topics = topics;
    }

    /** The label of an indexed entity object in {@code ui}, else English, else its canonical name. */
    static String entity(JsonNode entity, String ui) {
        JsonNode labels = entity.path("labels");
        for (String language : new String[] {ui, "en"}) {
            String label = labels.path(language).asText("");
            if (!label.isEmpty()) {
                return label;
            }
        }
        String name = entity.path("name").asText("");
        return name.isEmpty() ? entity.path("id").asText() : name;
    }

    String topic(String code, String ui) {
        return topics.label(code, ui);
    }

    /** 1 for a level-1 topic; 0 for a code the vocabulary does not know. */
    int topicLevel(String code) {
        return topics.topic(code).map(t -> t.level()).orElse(0);
    }

    String topicParent(String code) {
        return topics.topic(code).map(t -> t.parent()).orElse(null);
    }

    /** Every code of the vocabulary down to {@code level} (1 = the level-1 topics), retired ones included. */
    List<String> topicCodesUpToLevel(int level) {
        List<String> codes = new ArrayList<>();
        topics.all().forEach(t -> {
            if (t.level() >= 1 && t.level() <= level) {
                codes.add(t.code());
            }
        });
        codes.sort(null);
        return codes;
    }

    String topLevel(String code) {
        return topics.topic(code).map(t -> t.topLevel()).orElse(code);
    }
}
