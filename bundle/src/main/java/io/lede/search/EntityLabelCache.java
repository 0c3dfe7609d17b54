package io.lede.search;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The indexed entity objects (id, name, per-language labels) of the ids a facet shows, kept for a while so that
 * a search needs no per-bucket {@code top_hits}: only ids not seen within {@code ttl} are read from the index, in
 * one request. Labels come from the knowledge base and rarely change; a changed label shows after {@code ttl}.
 */
final class EntityLabelCache {
    /** Reads the entity objects of some ids; ids it cannot find are left out. */
    interface Loader {
        Map<String, JsonNode> load(Collection<String> ids) throws SearchUnavailableException;
    }

    private record Entry(JsonNode entity, long loadedAt) {
    }

    private final Loader loader;
    private final long ttlNanos;
    private final LongSupplier nanoClock;
    private final Map<String, Entry> entries;

    EntityLabelCache(Loader loader, Duration ttl, int maxEntries, LongSupplier nanoClock) {
        this.loader = loader;
        this.ttlNanos = ttl.toNanos();
        this.nanoClock = nanoClock;
        this.entries = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > maxEntries;
            }
        };
    }

    /** The entity object of each id (an id the index does not know maps to nothing). */
    Map<String, JsonNode> entities(Collection<String> ids) throws SearchUnavailableException {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        long now = nanoClock.getAsLong();
        synchronized (entries) {
            for (String id : ids) {
                Entry e = entries.get(id);
                if (e != null && now - e.loadedAt() < ttlNanos) {
                    out.put(id, e.entity());
                } else {
                    missing.add(id);
                }
            }
        }
        if (!missing.isEmpty()) {
            Map<String, JsonNode> loaded = loader.load(missing);
            synchronized (entries) {
                loaded.forEach((id, entity) -> entries.put(id, new Entry(entity, now)));
            }
            for (String id : missing) {
                if (loaded.containsKey(id)) {
                    out.put(id, loaded.get(id));
                }
            }
        }
        return out;
    }
}
