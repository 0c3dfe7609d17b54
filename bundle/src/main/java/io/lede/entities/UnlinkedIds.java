package io.lede.entities;

import io.lede.api.EntityType;

/** Stable ids for entities without a Wikidata id: "lede:person:yuri-ushakov". */
public final class UnlinkedIds {
    private UnlinkedIds() {
    }

    public static String of(EntityType type, String name) {
        return "lede:" + type.key() + ":" + NameNormaliser.slug(name);
    }
}
