package io.lede.index;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The last step of a reindex before the alias moves: finds documents that the new index got from the copy but the
 * old index no longer holds, and deletes them from the new index. They are unpublishes written to the alias only,
 * by a writer whose bulk request was built before it noticed the reindex marker and landed after the copy had read
 * the document (a bulk spanning the moment the marker appeared, or the settle step). Without this step such an
 * article would reappear after the switch.
 * <p>
 * A document may also be in the new index and not yet in the old one for a moment while a live write to both is
 * in flight; so every suspect is looked at again after a pause (the settle time) and only deleted when the old
 * index still lacks it and the new one still holds the very version seen, at that version (a newer write wins).
 */
final class LateDeleteSweep {
    /** What the sweep needs of the cluster. */
    interface Indices {
        /** Hands every document of {@code index} to {@code batch} as id to version, a batch at a time. */
        void scan(String index, BatchConsumer batch) throws Exception;

        /** The current versions of those of {@code ids} that {@code index} holds (real-time, no refresh needed). */
        Map<String, Long> versions(String index, Collection<String> ids) throws Exception;

        /** Deletes each id from {@code index} unless it holds a newer version; returns the ids deleted. */
        Set<String> deleteAt(String index, Map<String, Long> idVersions) throws Exception;
    }

    @FunctionalInterface
    interface BatchConsumer {
        void accept(Map<String, Long> idVersions) throws Exception;
    }

    @FunctionalInterface
    interface Pause {
        void run() throws InterruptedException;
    }

    private final Indices indices;
    private final Pause pause;
    private final int batchSize;

    LateDeleteSweep(Indices indices, Pause pause, int batchSize) {
        this.indices = indices;
        this.pause = pause;
        this.batchSize = batchSize;
    }

    /** Deletes from {@code target} what {@code source} lost since it was copied; returns how many. */
    int sweep(String source, String target) throws Exception {
        Map<String, Long> suspects = new TreeMap<>();
        indices.scan(target, batch -> {
            Map<String, Long> inSource = indices.versions(source, batch.keySet());
            batch.forEach((id, version) -> {
                if (!inSource.containsKey(id)) {
                    suspects.put(id, version);
                }
            });
        });
        if (suspects.isEmpty()) {
            return 0;
        }
        pause.run();
        int deleted = 0;
        for (List<String> chunk : chunks(suspects.keySet())) {
            Map<String, Long> inSource = indices.versions(source, chunk);
            Map<String, Long> inTarget = indices.versions(target, chunk);
            Map<String, Long> gone = new LinkedHashMap<>();
            for (String id : chunk) {
                Long seen = suspects.get(id);
                if (!inSource.containsKey(id) && seen.equals(inTarget.get(id))) {
                    gone.put(id, seen);
                }
            }
            if (!gone.isEmpty()) {
                deleted += indices.deleteAt(target, gone).size();
            }
        }
        return deleted;
    }

    private List<List<String>> chunks(Collection<String> ids) {
        List<List<String>> out = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String id : ids) {
            current.add(id);
            if (current.size() == batchSize) {
                out.add(current);
                current = new ArrayList<>();
            }
        }
        if (!current.isEmpty()) {
            out.add(current);
        }
        return out;
    }
}
