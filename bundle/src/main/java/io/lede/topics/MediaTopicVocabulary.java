package io.lede.topics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The IPTC Media Topics vocabulary shipped with the bundle: hierarchy, labels per language, retired flags. */
public final class MediaTopicVocabulary {
    static final String RESOURCE = "mediatopics.json";

    private final Map<String, MediaTopic> byCode;
    private final List<MediaTopic> levelOne;

    private MediaTopicVocabulary(Map<String, MediaTopic> byCode) {
        this.byCode = Collections.unmodifiableMap(byCode);
        List<MediaTopic> top = new ArrayList<>();
        byCode.values().forEach(t -> {
            if (t.level() == 1 && !t.retired()) {
                top.add(t);
            }
        });
        this.levelOne = List.copyOf(top);
    }

    /** Loads the vocabulary from the bundle's resources. */
    public static MediaTopicVocabulary load() {
        try (InputStream in = MediaTopicVocabulary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource io/lede/topics/" + RESOURCE);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Media Topics vocabulary", e);
        }
    }

    static MediaTopicVocabulary read(InputStream in) throws IOException {
        JsonNode root = new ObjectMapper().readTree(in);
        Map<String, JsonNode> nodes = new LinkedHashMap<>();
        for (JsonNode c : root.path("concepts")) {
            nodes.put(c.path("code").asText(), c);
        }
        Map<String, MediaTopic> byCode = new LinkedHashMap<>();
        for (JsonNode c : nodes.values()) {
            String code = c.path("code").asText();
            String parent = c.path("parent").isTextual() ? c.path("parent").asText() : null;
            Map<String, String> labels = new HashMap<>();
            c.path("labels").fields().forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText()));
            byCode.put(code, new MediaTopic(code, parent, c.path("level").asInt(), c.path("retired").asBoolean(),
                    labels, ancestorsOf(code, nodes)));
        }
        return new MediaTopicVocabulary(byCode);
    }

    private static List<String> ancestorsOf(String code, Map<String, JsonNode> nodes) {
        List<String> path = new ArrayList<>();
        for (String c = code; c != null && path.size() < 10; ) {
            path.add(0, c);
            JsonNode node = nodes.get(c);
            c = node != null && node.path("parent").isTextual() ? node.path("parent").asText() : null;
        }
        return path;
    }

    public Optional<MediaTopic> topic(String code) {
        return Optional.ofNullable(byCode.get(normalise(code)));
    }

    /** An active (not retired) topic, or empty. */
    public Optional<MediaTopic> activeTopic(String code) {
        return topic(code).filter(t -> !t.retired());
    }

    public boolean isRetired(String code) {
        return topic(code).map(MediaTopic::retired).orElse(false);
    }

    /** The 17 active level-1 topics. */
    public List<MediaTopic> levelOne() {
        return levelOne;
    }

    /** Codes from the level-1 topic down to {@code code}; empty for an unknown code. */
    public List<String> ancestors(String code) {
        return topic(code).map(MediaTopic::ancestors).orElse(List.of());
    }

    public String label(String code, String language) {
        return topic(code).map(t -> t.label(language)).orElse(code);
    }

    /** Every concept, retired ones included. */
    public Iterable<MediaTopic> all() {
        return byCode.values();
    }

    /** Accepts {@code medtop:20000574}, {@code 20000574} or the concept URI. */
    static String normalise(String code) {
        if (code == null) {
            return "";
        }
        String c = code.trim();
        int slash = c.lastIndexOf('/');
        if (slash >= 0) {
            c = c.substring(slash + 1);
        }
        return c.startsWith("medtop:") ? c : "medtop:" + c;
    }
}
