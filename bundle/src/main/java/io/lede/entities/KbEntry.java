package io.lede.entities;

import io.lede.api.EntityType;
import java.util.List;
import java.util.Map;

/**
 * An entity the knowledge base knows.
 *
 * @param qid     Wikidata id; or a newsroom's own id; or empty when the entry is curated without one
 * @param type    person, organization or location
 * @param rank    lower is more prominent; decides between entries sharing an alias
 * @param name    canonical (English where known) name
 * @param labels  display name per language
 * @param aliases every written form that names it, in any language
 */
public record KbEntry(String qid, EntityType type, int rank, String name, Map<String, String> labels,
                      List<String> aliases) {
    public KbEntry {
        qid = qid == null ? "" : qid;
        labels = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(labels));
        aliases = List.copyOf(aliases);
    }

    public boolean linked() {
        return qid.length() > 1 && qid.charAt(0) == 'Q' && qid.chars().skip(1).allMatch(Character::isDigit);
    }

    /** The id Lede gives the entity: the QID or newsroom id, else one derived from type and name. */
    public String id() {
        return qid.isEmpty() ? UnlinkedIds.of(type, name) : qid;
    }
}
