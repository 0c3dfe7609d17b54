package io.lede.entities;

import io.lede.api.Entity;
import io.lede.api.EntityType;
import io.lede.api.Mention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the names found in an article into entities: one type per written form, surnames joined to the full
 * name mentioned in the same article ("Biden" to "Joe Biden"), one entity per id.
 */
final class EntityAssembler {
    private final SalienceScorer salience = new SalienceScorer();

    List<Entity> assemble(List<FoundName> names, String language, int textLength) {
        List<FoundName> typed = unifyTypes(names);
        List<FoundName> joined = joinSurnames(typed);
        Map<String, List<FoundName>> byId = new LinkedHashMap<>();
        Map<String, KbEntry> entries = new HashMap<>();
        Map<String, String> displayName = new HashMap<>();
        for (FoundName n : joined) {
            String id = n.entry() != null ? n.entry().id() : UnlinkedIds.of(n.type(), n.canonical());
            byId.computeIfAbsent(id, k -> new ArrayList<>()).add(n);
            if (n.entry() != null) {
                entries.put(id, n.entry());
            }
            displayName.merge(id, n.canonical(), (a, b) -> b.length() > a.length() ? b : a);
        }
        int maxMentions = byId.values().stream().mapToInt(List::size).max().orElse(1);
        List<Entity> out = new ArrayList<>();
        for (Map.Entry<String, List<FoundName>> e : byId.entrySet()) {
            List<FoundName> group = e.getValue();
            group.sort(Comparator.comparing(FoundName::field, Comparator.reverseOrder())
                    .thenComparingInt(FoundName::start));
            List<Mention> mentions = group.stream()
                    .map(n -> new Mention(n.field(), n.start(), n.end(), n.surface())).toList();
            KbEntry entry = entries.get(e.getKey());
            double score = salience.score(group, maxMentions, textLength);
            if (entry != null) {
                Map<String, String> labels = new LinkedHashMap<>(entry.labels());
                labels.putIfAbsent(language, entry.labels().getOrDefault("en", entry.name()));
                out.add(new Entity(e.getKey(), entry.type(), entry.name(), entry.linked(), labels, score, mentions));
            } else {
                String name = displayName.get(e.getKey());
                out.add(new Entity(e.getKey(), group.get(0).type(), name, false, Map.of(language, name), score,
                        mentions));
            }
        }
        out.sort(Comparator.comparingDouble(Entity::salience).reversed());
        return out;
    }

    /** A written form keeps one type in an article: the linked one, else the majority. */
    private static List<FoundName> unifyTypes(List<FoundName> names) {
        Map<String, Map<EntityType, Integer>> votes = new HashMap<>();
        Map<String, KbEntry> linked = new HashMap<>();
        for (FoundName n : names) {
            String key = NameNormaliser.normalise(n.surface());
            votes.computeIfAbsent(key, k -> new EnumMap<>(EntityType.class)).merge(n.type(), 1, Integer::sum);
            if (n.entry() != null) {
                linked.putIfAbsent(key, n.entry());
            }
        }
        List<FoundName> out = new ArrayList<>(names.size());
        for (FoundName n : names) {
            String key = NameNormaliser.normalise(n.surface());
            KbEntry entry = linked.get(key);
            if (entry != null) {
                out.add(n.withEntry(entry));
            } else {
                EntityType majority = votes.get(key).entrySet().stream()
                        .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(n.type());
                out.add(n.withType(majority));
            }
        }
        return out;
    }

    /** A one-word name that is the last word of a longer person name in the article is that person. */
    private static List<FoundName> joinSurnames(List<FoundName> names) {
        Map<String, FoundName> fullNames = new HashMap<>();
        for (FoundName n : names) {
            if (n.type() == EntityType.PERSON && n.tokenCount() >= 2) {
                FoundName previous = fullNames.get(n.lastWord());
                if (previous == null || previous.entry() == null && n.entry() != null) {
                    fullNames.put(n.lastWord(), n);
                }
            }
        }
        List<FoundName> out = new ArrayList<>(names.size());
        for (FoundName n : names) {
            FoundName full = n.tokenCount() == 1 ? fullNames.get(n.lastWord()) : null;
            if (full == null || n.entry() != null && n.entry().type() != EntityType.PERSON && n.type() != EntityType.PERSON
                    && n.entry().rank() <= 1) {
                out.add(n);
            } else {
                out.add(n.asSurnameOf(full));
            }
        }
        return out;
    }
}
