package io.lede.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The unpublish that a reindex could lose: a writer built its bulk request before it noticed the reindex marker
 * (so it wrote to the alias only) and the delete landed after the copy had read the article.
 */
class LateDeleteSweepTest {
    private final Cluster cluster = new Cluster();

    @Test
    void anUnpublishWrittenToTheOldIndexOnlyAfterTheCopyReadTheArticleIsRemovedFromTheNewIndex() throws Exception {
        cluster.put("v1", "a", 10).put("v1", "b", 20).put("v1", "c", 30);
        Map<String, Long> readByCopy = cluster.snapshot("v1"); // the copy's scroll opened
        cluster.delete("v1", "b", 40); // the late unpublish, alias only
        readByCopy.forEach((id, version) -> cluster.put("v2", id, version)); // the copy writes what it read
        assertEquals(Set.of("a", "b", "c"), cluster.ids("v2"), "the gap: without the sweep b would come back");

        int removed = new LateDeleteSweep(cluster, () -> { }, 2).sweep("v1", "v2");

        assertEquals(1, removed);
        assertEquals(cluster.ids("v1"), cluster.ids("v2"), "nothing missing and nothing resurrected");
    }

    @Test
    void aLiveWriteToBothThatReachedTheNewIndexFirstIsKept() throws Exception {
        cluster.put("v1", "a", 10).put("v2", "a", 10);
        cluster.put("v2", "fresh", 50); // in flight: the same bulk's item for the old index comes a moment later
        LateDeleteSweep sweep = new LateDeleteSweep(cluster, () -> cluster.put("v1", "fresh", 50), 100);

        assertEquals(0, sweep.sweep("v1", "v2"));
        assertEquals(Set.of("a", "fresh"), cluster.ids("v2"));
    }

    @Test
    void aRepublishArrivingDuringTheSweepWinsOverTheDelete() throws Exception {
        cluster.put("v1", "a", 10).put("v2", "a", 10).put("v2", "gone", 20);
        LateDeleteSweep sweep = new LateDeleteSweep(cluster, () -> cluster.put("v2", "gone", 60), 100);

        assertEquals(0, sweep.sweep("v1", "v2"));
        assertEquals(60L, cluster.versions("v2", List.of("gone")).get("gone"), "the newer version stays");
    }

    @Test
    void everyBatchIsLookedAtAndNothingElseIsTouched() throws Exception {
        for (int i = 0; i < 25; i++) {
            cluster.put("v1", "id-" + i, i + 1);
            cluster.put("v2", "id-" + i, i + 1);
        }
        cluster.delete("v1", "id-3", 100).delete("v1", "id-17", 100).delete("v1", "id-24", 100);

        assertEquals(3, new LateDeleteSweep(cluster, () -> { }, 4).sweep("v1", "v2"));
        assertEquals(cluster.ids("v1"), cluster.ids("v2"));
        assertEquals(22, cluster.ids("v2").size());
    }

    /** Indices of id to version with the external_gte rules of Elasticsearch. */
    private static final class Cluster implements LateDeleteSweep.Indices {
        private final Map<String, Map<String, Long>> indices = new HashMap<>();

        Cluster put(String index, String id, long version) {
            indices.computeIfAbsent(index, k -> new TreeMap<>()).merge(id, version, Math::max);
            return this;
        }

        Cluster delete(String index, String id, long version) {
            Map<String, Long> docs = indices.computeIfAbsent(index, k -> new TreeMap<>());
            if (docs.getOrDefault(id, 0L) <= version) {
                docs.remove(id);
            }
            return this;
        }

        Map<String, Long> snapshot(String index) {
            return new LinkedHashMap<>(indices.getOrDefault(index, Map.of()));
        }

        Set<String> ids(String index) {
            return new TreeSet<>(indices.getOrDefault(index, Map.of()).keySet());
        }

        @Override
        public void scan(String index, LateDeleteSweep.BatchConsumer batch) throws Exception {
            List<Map.Entry<String, Long>> all = new ArrayList<>(snapshot(index).entrySet());
            for (int i = 0; i < all.size(); i += 3) {
                Map<String, Long> page = new LinkedHashMap<>();
                all.subList(i, Math.min(all.size(), i + 3)).forEach(e -> page.put(e.getKey(), e.getValue()));
                batch.accept(page);
            }
        }

        @Override
        public Map<String, Long> versions(String index, Collection<String> ids) {
            Map<String, Long> docs = indices.getOrDefault(index, Map.of());
            Map<String, Long> out = new HashMap<>();
            ids.stream().filter(docs::containsKey).forEach(id -> out.put(id, docs.get(id)));
            return out;
        }

        @Override
        public Set<String> deleteAt(String index, Map<String, Long> idVersions) {
            Set<String> deleted = new TreeSet<>();
            Map<String, Long> docs = indices.getOrDefault(index, new TreeMap<>());
            idVersions.forEach((id, version) -> {
                if (docs.containsKey(id) && docs.get(id) <= version) {
                    docs.remove(id);
                    deleted.add(id);
                }
            });
            return deleted;
        }
    }
}
