package io.lede.topics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * A newsroom's steering of the tagger, written as JSON without code:
 * <pre>{@code
 * {
 *   "minScore": 0.25,
 *   "maxTopics": 3,
 *   "sections": { "Sport": ["medtop:15000000"], "Foot": ["medtop:20000822"] },
 *   "tags":     { "municipales": ["medtop:20000574"] },
 *   "keywords": [
 *     { "topic": "medtop:15000000", "language": "fr", "add": ["ballon rond", "mercato*"], "weight": 2 },
 *     { "topic": "medtop:15000000", "remove": ["match"] },
 *     { "remove": ["apple"] }
 *   ]
 * }
 * }</pre>
 * Sections and tags match case- and accent-insensitively; their topics come first with score 1. Keyword
 * terms use the lexicon syntax ({@code prefix*}, {@code *suffix}, phrases); a removal without topic or
 * language removes the term everywhere.
 */
public record TopicRules(OptionalDouble minScore, OptionalInt maxTopics, Map<String, List<String>> sections,
                         Map<String, List<String>> tags, List<KeywordChange> keywords) {
    public static final TopicRules NONE = new TopicRules(OptionalDouble.empty(), OptionalInt.empty(), Map.of(),
            Map.of(), List.of());

    public TopicRules {
        sections = foldKeys(sections);
        tags = foldKeys(tags);
        keywords = List.copyOf(keywords);
    }

    /**
     * Terms added to or removed from a topic's cues.
     *
     * @param topic    Media Topic code; may be empty for a removal everywhere
     * @param language lexicon language, empty for every language
     * @param add      terms to add
     * @param remove   terms to remove
     * @param weight   weight of the added terms
     */
    public record KeywordChange(String topic, String language, List<String> add, List<String> remove,
                                double weight) {
        public KeywordChange {
            topic = topic == null ? "" : topic.strip();
            language = language == null ? "" : language.strip();
            add = List.copyOf(add);
            remove = List.copyOf(remove);
        }
    }

    public static TopicRules read(InputStream in) throws IOException {
        JsonNode root = new ObjectMapper().readTree(in);
        if (root == null || !root.isObject()) {
            throw new IOException("topic rules must be a JSON object");
        }
        List<KeywordChange> keywords = new ArrayList<>();
        for (JsonNode k : root.path("keywords")) {
            keywords.add(new KeywordChange(k.path("topic").asText(""), k.path("language").asText(""),
                    strings(k.path("add")), strings(k.path("remove")), k.path("weight").asDouble(2.0)));
        }
        JsonNode min = root.path("minScore");
        JsonNode max = root.path("maxTopics");
        return new TopicRules(min.isNumber() ? OptionalDouble.of(min.asDouble()) : OptionalDouble.empty(),
                max.isInt() ? OptionalInt.of(max.asInt()) : OptionalInt.empty(),
                codeLists(root.path("sections")), codeLists(root.path("tags")), keywords);
    }

    /** The topic codes the article's section and tags map to, each with its evidence. */
    public Map<String, List<String>> ruleTopics(String section, List<String> articleTags) {
        Map<String, List<String>> out = new java.util.LinkedHashMap<>();
        for (String code : sections.getOrDefault(TextFolding.fold(section), List.of())) {
            out.computeIfAbsent(code, k -> new ArrayList<>()).add("section:" + section);
        }
        for (String tag : articleTags) {
            for (String code : tags.getOrDefault(TextFolding.fold(tag), List.of())) {
                out.computeIfAbsent(code, k -> new ArrayList<>()).add("tag:" + tag);
            }
        }
        return out;
    }

    private static Map<String, List<String>> codeLists(JsonNode node) {
        Map<String, List<String>> out = new HashMap<>();
        node.fields().forEachRemaining(e -> out.put(e.getKey(),
                e.getValue().isTextual() ? List.of(e.getValue().asText()) : strings(e.getValue())));
        return out;
    }

    private static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node.isTextual()) {
            out.add(node.asText());
        }
        for (JsonNode n : node) {
            out.add(n.asText());
        }
        return out;
    }

    private static Map<String, List<String>> foldKeys(Map<String, List<String>> map) {
        Map<String, List<String>> out = new HashMap<>();
        map.forEach((k, v) -> out.merge(TextFolding.fold(k), List.copyOf(v), (a, b) -> {
            List<String> both = new ArrayList<>(a);
            both.addAll(b);
            return List.copyOf(both);
        }));
        return Map.copyOf(out);
    }
}
