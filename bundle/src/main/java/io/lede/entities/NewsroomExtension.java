package io.lede.entities;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lede.api.EntityType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A newsroom's own additions, read from a JSON file without any code:
 * <pre>{@code
 * {"entities": [{"id": "Q123456", "type": "person", "name": "Yuri Ushakov",
 *                "labels": {"en": "Yuri Ushakov", "fr": "Iouri Ouchakov"},
 *                "aliases": {"fr": ["Ouchakov"], "en": ["Ushakov"]}}],
 *  "block": {"surfaces": ["Breaking News"], "ids": ["Q90"]}}
 * }</pre>
 * An entity whose id is a QID the knowledge base knows adds names to it; any other id is kept as given.
 */
public final class NewsroomExtension {
    public static final NewsroomExtension NONE = new NewsroomExtension(List.of(), BlockList.EMPTY);
    static final int RANK = -1;

    private final List<KbEntry> entities;
    private final BlockList blockList;

    public NewsroomExtension(List<KbEntry> entities, BlockList blockList) {
        this.entities = List.copyOf(entities);
        this.blockList = blockList;
    }

    public List<KbEntry> entities() {
        return entities;
    }

    public BlockList blockList() {
        return blockList;
    }

    public static NewsroomExtension read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    public static NewsroomExtension read(InputStream in) throws IOException {
        JsonNode root = new ObjectMapper().readTree(in);
        if (root == null || !root.isObject()) {
            throw new IOException("a newsroom entity file must hold a JSON object");
        }
        List<KbEntry> entities = new ArrayList<>();
        for (JsonNode e : root.path("entities")) {
            entities.add(entity(e));
        }
        List<String> surfaces = new ArrayList<>();
        root.path("block").path("surfaces").forEach(s -> surfaces.add(s.asText()));
        List<String> ids = new ArrayList<>();
        root.path("block").path("ids").forEach(s -> ids.add(s.asText()));
        return new NewsroomExtension(entities, new BlockList(surfaces, ids));
    }

    private static KbEntry entity(JsonNode e) throws IOException {
        String name = e.path("name").asText("");
        String type = e.path("type").asText("");
        if (name.isBlank()) {
            throw new IOException("a newsroom entity needs a name: " + e);
        }
        EntityType entityType;
        try {
            entityType = EntityType.valueOf(type.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException ex) {
            throw new IOException("unknown entity type '" + type + "' for " + name, ex);
        }
        Map<String, String> labels = new LinkedHashMap<>();
        e.path("labels").fields().forEachRemaining(f -> labels.put(f.getKey(), f.getValue().asText()));
        Set<String> aliases = new LinkedHashSet<>();
        aliases.add(name);
        aliases.addAll(labels.values());
        JsonNode a = e.path("aliases");
        if (a.isArray()) {
            a.forEach(x -> aliases.add(x.asText()));
        } else {
            a.fields().forEachRemaining(f -> f.getValue().forEach(x -> aliases.add(x.asText())));
        }
        return new KbEntry(e.path("id").asText(""), entityType, RANK, name, labels, new ArrayList<>(aliases));
    }

    /** Adds the newsroom's entities to the knowledge base, merged with entries of the same QID. */
    void applyTo(KnowledgeBase kb) {
        for (KbEntry added : entities) {
            KbEntry existing = added.linked() ? kb.entries().stream()
                    .filter(e -> e.qid().equals(added.qid())).findFirst().orElse(null) : null;
            if (existing == null) {
                kb.add(added);
                continue;
            }
            Map<String, String> labels = new LinkedHashMap<>(existing.labels());
            labels.putAll(added.labels());
            Set<String> aliases = new LinkedHashSet<>(existing.aliases());
            aliases.addAll(added.aliases());
            kb.remove(existing);
            kb.add(new KbEntry(existing.qid(), added.type(), RANK, existing.name(), labels, new ArrayList<>(aliases)));
        }
    }
}
