package io.lede.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class EntityLabelCacheTest {
    private final ObjectMapper json = new ObjectMapper();
    private final List<List<String>> requests = new ArrayList<>();
    private final AtomicLong clock = new AtomicLong();

    /** Knows every id starting with Q; labels it "label of" the id in French. */
    private Map<String, JsonNode> load(Collection<String> ids) {
        requests.add(List.copyOf(ids));
        Map<String, JsonNode> out = new LinkedHashMap<>();
        ids.stream().filter(id -> id.startsWith("Q")).forEach(id -> {
            var entity = json.createObjectNode().put("id", id);
            entity.putObject("labels").put("fr", "label of " + id);
            out.put(id, entity);
        });
        return out;
    }

    private EntityLabelCache cache(int maxEntries) {
        return new EntityLabelCache(this::load, Duration.ofSeconds(60), maxEntries, clock::get);
    }

    @Test
    void onlyIdsNotSeenAreReadAndInOneRequest() throws Exception {
        EntityLabelCache cache = cache(100);
        Map<String, JsonNode> first = cache.entities(List.of("Q1", "Q2"));
        assertEquals("label of Q2", Labels.entity(first.get("Q2"), "fr"));
        Map<String, JsonNode> second = cache.entities(List.of("Q2", "Q3", "Q1"));
        assertEquals(java.util.Set.of("Q1", "Q2", "Q3"), second.keySet());
        assertEquals(List.of(List.of("Q1", "Q2"), List.of("Q3")), requests);
        cache.entities(List.of("Q1", "Q2", "Q3"));
        assertEquals(2, requests.size(), "everything was known");
    }

    @Test
    void unknownIdsAreLeftOutAndAskedForAgain() throws Exception {
        EntityLabelCache cache = cache(100);
        assertTrue(cache.entities(List.of("unlinked-1")).isEmpty());
        cache.entities(List.of("unlinked-1"));
        assertEquals(2, requests.size());
    }

    @Test
    void entriesExpireAfterTheirTimeToLive() throws Exception {
        EntityLabelCache cache = cache(100);
        cache.entities(List.of("Q1"));
        clock.addAndGet(Duration.ofSeconds(59).toNanos());
        cache.entities(List.of("Q1"));
        assertEquals(1, requests.size());
        clock.addAndGet(Duration.ofSeconds(2).toNanos());
        cache.entities(List.of("Q1"));
        assertEquals(2, requests.size(), "read again after 61 s");
    }

    @Test
    void theLeastRecentlyUsedEntryMakesRoom() throws Exception {
        EntityLabelCache cache = cache(2);
        cache.entities(List.of("Q1", "Q2"));
        cache.entities(List.of("Q1"));
        cache.entities(List.of("Q3"));
        cache.entities(List.of("Q1", "Q2"));
        assertEquals(List.of(List.of("Q1", "Q2"), List.of("Q3"), List.of("Q2")), requests);
    }
}
