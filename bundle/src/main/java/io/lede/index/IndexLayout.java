package io.lede.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The article index as {@code es-mappings/} defines it: settings and mappings read from the JSON resources,
 * the template name, the index pattern and the versioned index names behind the alias.
 */
public final class IndexLayout {
    private final String alias;
    private final int replicas;
    private final ObjectNode settings;
    private final ObjectNode mappings;

    public IndexLayout(String alias, int replicas, ObjectMapper mapper) {
        this.alias = alias;
        this.replicas = replicas;
        this.settings = (ObjectNode) read(mapper, "index-settings.json");
        this.mappings = (ObjectNode) read(mapper, "article-mappings.json");
    }

    private static JsonNode read(ObjectMapper mapper, String name) {
        try (InputStream in = IndexLayout.class.getResourceAsStream("mappings/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing mapping resource " + name);
            }
            return mapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read mapping resource " + name, e);
        }
    }

    public String alias() {
        return alias;
    }

    public String templateName() {
        return alias + "-template";
    }

    public String indexPattern() {
        return alias + "-v*";
    }

    public String versionedIndex(int generation) {
        return alias + "-v" + generation;
    }

    /** The generation of a versioned index of this alias ({@code <alias>-v<N>}), or -1 for any other name. */
    public int generationOf(String index) {
        String prefix = alias + "-v";
        if (!index.startsWith(prefix) || index.length() == prefix.length() || index.length() - prefix.length() > 9) {
            return -1;
        }
        for (int i = prefix.length(); i < index.length(); i++) {
            if (!Character.isDigit(index.charAt(i))) {
                return -1;
            }
        }
        return Integer.parseInt(index.substring(prefix.length()));
    }

    /**
     * The alias that marks the index a reindex is building: while it exists, every write to the article alias
     * also goes to the index it points at (see {@link ReindexTargetWatcher}).
     */
    public String reindexMarker() {
        return alias + "-reindex-target";
    }

    /** Index settings with the configured replica count. */
    public ObjectNode settings() {
        ObjectNode copy = settings.deepCopy();
        copy.put("number_of_replicas", replicas);
        return copy;
    }

    public ObjectNode mappings() {
        return mappings.deepCopy();
    }

    /** The body of a composable index template carrying the settings and mappings. */
    public ObjectNode templateBody(ObjectMapper mapper) {
        ObjectNode body = mapper.createObjectNode();
        body.putArray("index_patterns").add(indexPattern());
        body.put("priority", 200);
        ObjectNode template = body.putObject("template");
        template.set("settings", settings());
        template.set("mappings", mappings());
        body.putObject("_meta").put("managed_by", "lede");
        return body;
    }
}
